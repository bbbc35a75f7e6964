package org.ronghe.core.figures;

import java.util.Objects;

/**
 * A figure a module offers: its key ({@code module.figure}, e.g. {@code talent.hires-confirmed}), named on pages by the
 * message {@code figure.<key>}, and its unit.
 */
public record FigureDefinition(String key, Unit unit) {

    /** What a figure counts: records, people, money in yuan, a share (0–1), or yes/no (1 or 0). */
    public enum Unit {
        COUNT,
        PEOPLE,
        YUAN,
        RATIO,
        YES_NO
    }

    public FigureDefinition {
        Objects.requireNonNull(key);
        Objects.requireNonNull(unit);
    }

    public String labelKey() {
        return "figure." + key;
    }
}
