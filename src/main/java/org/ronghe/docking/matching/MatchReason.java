package org.ronghe.docking.matching;

import java.util.List;

/**
 * Why an item matched: {@code TERMS} (the words both texts share, to highlight), {@code SAME_INDUSTRY} or
 * {@code SAME_SECTOR} (GB/T 4754 division or section, in {@code value}), {@code SAME_CITY} or {@code SAME_PROVINCE}
 * (the region code), {@code SIMILARITY} (cosine of the two texts' vectors, two decimals).
 */
public record MatchReason(String code, List<String> terms, String value) {

    public MatchReason {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    static MatchReason of(String code, String value) {
        return new MatchReason(code, List.of(), value);
    }
}
