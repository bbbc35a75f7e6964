package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * How a computed point turns its figure into a share of its score (0 to 1): by thresholds (the highest reached gives
 * its share), linearly between two bounds, or yes/no (any figure above zero gives all).
 *
 * @param thresholds for {@code THRESHOLDS}: figure reached and the share it gives
 * @param low for {@code LINEAR}: the figure giving nothing
 * @param high for {@code LINEAR}: the figure giving all
 */
public record Rule(Type type, List<Threshold> thresholds, BigDecimal low, BigDecimal high) {

    public enum Type {
        THRESHOLDS,
        LINEAR,
        YES_NO
    }

    /** A figure reached ({@code atLeast}) and the share of the point's score it gives. */
    public record Threshold(BigDecimal atLeast, BigDecimal share) {}

    public Rule {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    public static Rule yesNo() {
        return new Rule(Type.YES_NO, List.of(), null, null);
    }

    public static Rule linear(BigDecimal low, BigDecimal high) {
        return new Rule(Type.LINEAR, List.of(), low, high);
    }

    public static Rule thresholds(List<Threshold> thresholds) {
        return new Rule(Type.THRESHOLDS, thresholds, null, null);
    }

    /** The share of the score a figure earns, between 0 and 1. */
    public BigDecimal share(BigDecimal figure) {
        return switch (type) {
            case YES_NO -> figure.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            case LINEAR -> linearShare(figure);
            case THRESHOLDS ->
                thresholds.stream()
                        .filter(t -> figure.compareTo(t.atLeast()) >= 0)
                        .max(Comparator.comparing(Threshold::atLeast))
                        .map(Threshold::share)
                        .orElse(BigDecimal.ZERO);
        };
    }

    private BigDecimal linearShare(BigDecimal figure) {
        if (figure.compareTo(low) <= 0) {
            return BigDecimal.ZERO;
        }
        if (figure.compareTo(high) >= 0) {
            return BigDecimal.ONE;
        }
        return figure.subtract(low).divide(high.subtract(low), 4, RoundingMode.HALF_UP);
    }

    /** What is wrong with the rule as written, as message keys; empty when it can be applied. */
    List<String> problems() {
        return switch (type) {
            case YES_NO -> List.of();
            case LINEAR ->
                low == null || high == null || low.compareTo(high) >= 0
                        ? List.of("framework.rule.linear-bounds")
                        : List.of();
            case THRESHOLDS ->
                thresholds.isEmpty()
                                || thresholds.stream()
                                        .anyMatch(t -> t.atLeast() == null
                                                || t.share() == null
                                                || t.share().signum() < 0
                                                || t.share().compareTo(BigDecimal.ONE) > 0)
                        ? List.of("framework.rule.thresholds")
                        : List.of();
        };
    }
}
