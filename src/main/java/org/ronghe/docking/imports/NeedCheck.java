package org.ronghe.docking.imports;

import static org.ronghe.docking.imports.NeedColumn.*;

import java.util.List;
import java.util.Map;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.demands.Visibility;

/** Checks the lines of a needs sheet for a body (or platform-wide, body null). */
final class NeedCheck extends DraftCheck<DemandDraft> {

    private final Long bodyId;
    private final Cells cells;
    private final Owners owners;
    private final Map<String, DemandKind> kinds;
    private final Map<String, Visibility> visibilities;

    NeedCheck(Long bodyId, Cells cells, Owners owners) {
        super(NeedColumn.values());
        this.bodyId = bodyId;
        this.cells = cells;
        this.owners = owners;
        this.kinds = cells.labels(DemandKind.class, "docking.need.kind.");
        this.visibilities = cells.labels(Visibility.class, "docking.need.visibility.");
    }

    @Override
    DemandDraft parse(Line line, List<SheetProblem> found) {
        return new DemandDraft(
                bodyId,
                owners.resolve(line, ORGANISATION, found),
                cells.choice(line, KIND, kinds, found),
                TITLE.in(line),
                DESCRIPTION.in(line),
                CURRENT_STATE.in(line),
                EXPECTED_RESULT.in(line),
                TRAINEES.in(line),
                cells.whole(line, HEADCOUNT, found),
                SKILLS.in(line),
                INDUSTRY.in(line),
                REGION.in(line),
                cells.decimal(line, BUDGET_MIN, found),
                cells.decimal(line, BUDGET_MAX, found),
                cells.date(line, WANTED_BY, found),
                cells.choice(line, VISIBILITY, visibilities, found));
    }

    @Override
    DemandDraft validate(DemandDraft draft) {
        return draft.validate();
    }
}
