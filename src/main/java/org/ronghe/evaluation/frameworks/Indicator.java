package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;
import java.util.List;

/** A second-level indicator (二级指标): its points; it scores what they score. */
public record Indicator(String code, String name, List<Point> points) {

    public Indicator {
        points = List.copyOf(points);
    }

    public BigDecimal maxScore() {
        return points.stream()
                .map(p -> p.veto() || p.maxScore() == null ? BigDecimal.ZERO : p.maxScore())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
