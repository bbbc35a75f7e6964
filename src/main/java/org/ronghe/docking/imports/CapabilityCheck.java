package org.ronghe.docking.imports;

import static org.ronghe.docking.imports.CapabilityColumn.*;

import java.util.List;
import java.util.Map;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;

/** Checks the lines of a capabilities sheet. */
final class CapabilityCheck extends DraftCheck<CapabilityDraft> {

    private final Cells cells;
    private final Owners owners;
    private final Map<String, CapabilityKind> kinds;

    CapabilityCheck(Cells cells, Owners owners) {
        super(CapabilityColumn.values());
        this.cells = cells;
        this.owners = owners;
        this.kinds = cells.labels(CapabilityKind.class, "docking.capability.kind.");
    }

    @Override
    CapabilityDraft parse(Line line, List<SheetProblem> found) {
        return new CapabilityDraft(
                owners.resolve(line, ORGANISATION, found),
                cells.choice(line, KIND, kinds, found),
                TITLE.in(line),
                DESCRIPTION.in(line),
                KEYWORDS.in(line),
                INDUSTRY.in(line),
                REGION.in(line),
                cells.whole(line, READINESS, found),
                PATENT.in(line),
                MAJOR.in(line),
                EXPERT.in(line),
                cells.yesNo(line, EXPERT_SHOWN, found),
                cells.whole(line, PLACES, found));
    }

    @Override
    CapabilityDraft validate(CapabilityDraft draft) {
        return draft.validate();
    }
}
