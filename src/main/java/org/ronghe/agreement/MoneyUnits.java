package org.ronghe.agreement;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The units of an obligation's target that are amounts of money, and what one of each is worth in yuan: an obligation
 * "fund 2,000,000 元" or "fund 200 万元" counts towards the money reported on the body dashboard; "host 30 人" does not.
 */
final class MoneyUnits {

    static final Map<String, Long> YUAN =
            Map.of("元", 1L, "人民币", 1L, "CNY", 1L, "RMB", 1L, "¥", 1L, "￥", 1L, "万元", 10_000L, "亿元", 100_000_000L);

    private MoneyUnits() {}

    /** SQL for the yuan one unit in {@code column} is worth; null when the unit is not money. */
    static String yuanFactor(String column) {
        return YUAN.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "when '" + e.getKey() + "' then " + e.getValue())
                .collect(Collectors.joining(" ", "case " + column + " ", " end"));
    }
}
