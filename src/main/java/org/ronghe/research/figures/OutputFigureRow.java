package org.ronghe.research.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One output's share of the output figures: in a body and month, for one side ({@code BODY} with organisation 0, or
 * {@code PARTY} for an owner), by kind of output.
 */
public record OutputFigureRow(
        Long bodyId, LocalDate month, String side, Long organisationId, String kind, long outputs) {

    /** An output's rows: once for the body, once for each owner. */
    public static List<OutputFigureRow> of(Long bodyId, LocalDate recordedOn, String kind, List<Long> owners) {
        LocalDate month = recordedOn.withDayOfMonth(1);
        List<OutputFigureRow> rows = new ArrayList<>();
        rows.add(new OutputFigureRow(bodyId, month, ResearchFigureRow.BODY, 0L, kind, 1));
        owners.stream()
                .distinct()
                .forEach(o -> rows.add(new OutputFigureRow(bodyId, month, ResearchFigureRow.PARTY, o, kind, 1)));
        return rows;
    }
}
