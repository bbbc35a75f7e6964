package org.ronghe.training.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.ronghe.core.InvalidInput;

/**
 * Which records a figure sums: a body, or an organisation as one side; optionally a month ({@code 2026-09}), a kind, a
 * level (certificates). The same filter lists completions and certificates, so a figure opens exactly its records.
 */
public record RecordFilter(Long bodyId, Long enterpriseId, Long providerId, String month, String kind, String level) {

    /** The first day of the month, or null. @throws InvalidInput when the month cannot be read */
    public LocalDate from() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "training.records.month-unreadable");
        }
    }

    /** The first day of the next month, or null. */
    public LocalDate until() {
        LocalDate from = from();
        return from == null ? null : from.plusMonths(1);
    }

    public boolean scoped() {
        return bodyId != null || enterpriseId != null || providerId != null;
    }
}
