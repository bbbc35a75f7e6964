package org.ronghe.core.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One organisation's part of a figure over a period, from the same confirmed records: the interns an enterprise hosted
 * and evaluated, the hires it confirmed, the obligation periods and money it was confirmed to have delivered.
 */
public record Contribution(Long organisationId, String key, BigDecimal value) {

    public Contribution {
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(key);
        Objects.requireNonNull(value);
    }
}
