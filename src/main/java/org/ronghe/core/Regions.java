package org.ronghe.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The divisions of GB/T 2260: provinces and prefectures from {@code reference/regions.csv}, counties (县级) from
 * {@code reference/counties.csv} (the statistics bureau's 2023 codes without its functional zones such as 开发区, see
 * {@code reference/README.md}). A county's parent is its prefecture, or its province where there is none (the districts
 * of the four municipalities).
 */
public final class Regions {

    private static final List<Region> ALL = ReferenceTable.read(
            "reference/regions.csv",
            row -> new Region(row[0], row[1], row.length > 2 && !row[2].isBlank() ? row[2] : null));
    private static final List<Region> COUNTIES =
            ReferenceTable.read("reference/counties.csv", row -> new Region(row[0], row[1], row[2]));
    private static final Map<String, Region> BY_CODE = Stream.concat(ALL.stream(), COUNTIES.stream())
            .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
    private static final Map<String, List<Region>> COUNTIES_OF =
            COUNTIES.stream().collect(Collectors.groupingBy(Region::parent));

    private Regions() {}

    /** Every province followed by its prefectures, in code order. */
    public static List<Region> all() {
        return ALL;
    }

    /**
     * The counties (县级) directly under a prefecture, or under a municipality, in code order; for GB/T 2260's
     * pseudo-prefectures of a municipality (500100 市辖区, 500200 县), which regions.csv leaves out, the districts they
     * group; empty for other codes.
     */
    public static List<Region> countiesOf(String code) {
        List<Region> counties = COUNTIES_OF.get(code);
        return counties != null ? counties : municipalityPart(code);
    }

    private static List<Region> municipalityPart(String code) {
        if (code == null || !code.matches("\\d{4}00") || code.endsWith("0000")) {
            return List.of();
        }
        String prefix = code.substring(0, 4);
        return COUNTIES_OF.getOrDefault(code.substring(0, 2) + "0000", List.of()).stream()
                .filter(county -> county.code().startsWith(prefix))
                .toList();
    }

    public static boolean known(String code) {
        return BY_CODE.containsKey(code);
    }

    /** The name of a province, prefecture or county. */
    public static Optional<String> named(String code) {
        return Optional.ofNullable(BY_CODE.get(code)).map(Region::name);
    }

    /** A division: provinces have no parent, prefectures have their province's code, counties their prefecture's. */
    public record Region(String code, String name, String parent) {

        public boolean isProvince() {
            return parent == null;
        }
    }
}
