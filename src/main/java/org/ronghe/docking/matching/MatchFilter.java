package org.ronghe.docking.matching;

import java.util.List;
import java.util.Set;

/**
 * Narrows matches: kinds (names of {@code CapabilityKind} or {@code DemandKind}), an industry (GB/T 4754 section or
 * section and division, {@code C} or {@code C32}), a region (a province or city code takes in the places under it), the
 * members of a body (or, for demands, the body posted in), one owner, and owner types (for capabilities: names of
 * {@code OrganisationType}). Null or empty means any.
 */
public record MatchFilter(
        Set<String> kinds, String industry, String region, Long bodyId, Long organisationId, Set<String> ownerTypes) {

    public static final MatchFilter NONE = new MatchFilter(Set.of(), null, null, null, null, Set.of());

    public MatchFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        ownerTypes = ownerTypes == null ? Set.of() : Set.copyOf(ownerTypes);
    }

    /** Whether it narrows nothing. */
    public boolean none() {
        return kinds.isEmpty()
                && (industry == null || industry.isBlank())
                && (region == null || region.isBlank())
                && bodyId == null
                && organisationId == null
                && ownerTypes.isEmpty();
    }

    /** Kinds as given in a request ({@code kind=LAB&kind=RESULT} or {@code kind=LAB,RESULT}). */
    public static Set<String> names(List<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .map(String::toUpperCase)
                        .collect(java.util.stream.Collectors.toSet());
    }
}
