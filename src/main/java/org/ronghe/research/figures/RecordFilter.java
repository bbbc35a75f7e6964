package org.ronghe.research.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.ronghe.core.InvalidInput;
import org.ronghe.research.projects.OutputKind;

/**
 * Which records a figure sums: a body, or an organisation as a party (its budgets, payments made, outputs owned,
 * results transferred), or both; optionally a month ({@code 2026-09}) and, for outputs, a kind. The same filter selects
 * the rows of the figures and lists the records, so a figure opens exactly its records.
 */
public record RecordFilter(Long bodyId, Long organisationId, String month, String kind) {

    /** The first day of the month, or null. @throws InvalidInput when the month cannot be read */
    public LocalDate from() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "research.records.month-unreadable");
        }
    }

    /** The first day of the next month, or null. */
    public LocalDate until() {
        LocalDate from = from();
        return from == null ? null : from.plusMonths(1);
    }

    /** The output kind, or null. @throws InvalidInput when there is no such kind */
    public OutputKind outputKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OutputKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "research.records.kind-unknown");
        }
    }

    public boolean scoped() {
        return bodyId != null || organisationId != null;
    }
}
