package org.ronghe.training.figures;

import java.time.LocalDate;

/**
 * One record's share of the completions: in a body and month, for one side ({@code BODY} with organisation 0 for the
 * body's total, {@code ENTERPRISE} or {@code PROVIDER} for a party), by kind of training.
 */
public record TrainingFigureRow(
        Long bodyId, LocalDate month, String side, Long organisationId, String kind, long persons, long hours) {

    /** A completion's rows: the body's total, the sending enterprise's and the provider's. */
    public static java.util.List<TrainingFigureRow> completion(
            Long bodyId, LocalDate on, Long enterpriseId, Long providerId, String kind, long hours) {
        LocalDate month = on.withDayOfMonth(1);
        return java.util.List.of(
                new TrainingFigureRow(bodyId, month, "BODY", 0L, kind, 1, hours),
                new TrainingFigureRow(bodyId, month, "ENTERPRISE", enterpriseId, kind, 1, hours),
                new TrainingFigureRow(bodyId, month, "PROVIDER", providerId, kind, 1, hours));
    }
}
