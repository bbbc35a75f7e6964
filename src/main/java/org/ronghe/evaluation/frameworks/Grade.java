package org.ronghe.evaluation.frameworks;

import java.math.BigDecimal;

/** A grade of the framework's scale (优秀, 良好, 合格…) and the least total that earns it. */
public record Grade(String name, BigDecimal atLeast) {}
