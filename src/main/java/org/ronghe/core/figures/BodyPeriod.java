package org.ronghe.core.figures;

import java.time.LocalDate;
import java.util.Objects;

/** A body and the days a figure covers, both ends included (an evaluation year: 1 January to 31 December). */
public record BodyPeriod(Long bodyId, LocalDate from, LocalDate to) {

    public BodyPeriod {
        Objects.requireNonNull(bodyId);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
    }

    public static BodyPeriod year(Long bodyId, int year) {
        return new BodyPeriod(bodyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
