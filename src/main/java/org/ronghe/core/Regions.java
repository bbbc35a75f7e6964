package org.ronghe.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The province- and prefecture-level divisions of GB/T 2260, from {@code reference/regions.csv}. */
public final class Regions {

    private static final List<Region> ALL = ReferenceTable.read("reference/regions.csv",
            row -> new Region(row[0], row[1], row.length > 2 && !row[2].isBlank() ? row[2] : null));
    private static final Map<String, Region> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));

    private Regions() {
    }

    /** Every province followed by its prefectures, in code order. */
    public static List<Region> all() {
        return ALL;
    }

    public static Optional<String> named(String code) {
        return Optional.ofNullable(BY_CODE.get(code)).map(Region::name);
    }

    /** A division: provinces have no parent, prefectures have their province's code. */
    public record Region(String code, String name, String parent) {

        public boolean isProvince() {
            return parent == null;
        }
    }
}
