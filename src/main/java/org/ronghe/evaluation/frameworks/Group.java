package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** A first-level indicator group (一级指标), e.g. 基础性, 实质性, 否定性: its indicators. */
public record Group(String code, String name, List<Indicator> indicators) {

    public Group {
        indicators = List.copyOf(indicators);
    }

    public BigDecimal maxScore() {
        return indicators.stream().map(Indicator::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Stream<Point> points() {
        return indicators.stream().flatMap(i -> i.points().stream());
    }
}
