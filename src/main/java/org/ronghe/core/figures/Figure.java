package org.ronghe.core.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure's value for a body and period, with how many records stand behind it and where they can be opened.
 *
 * @param records the number of records counted or summed (for a ratio, those of its denominator)
 * @param recordsHref a path on this platform listing those records, or null where no page lists them
 */
public record Figure(String key, BigDecimal value, long records, String recordsHref) {

    public Figure {
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
    }

    public static Figure count(String key, long count, String recordsHref) {
        return new Figure(key, BigDecimal.valueOf(count), count, recordsHref);
    }
}
