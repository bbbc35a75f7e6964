package org.ronghe.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 行政区划代码 per GB/T 2260: six digits, province (2) + prefecture (2) + county (2). Any code must name a known province;
 * user input ({@link #parse}) must also name a known prefecture or county ({@code reference/regions.csv},
 * {@code reference/counties.csv}). Stored codes and the first six digits of old ID numbers are checked by the
 * constructor's lenient rule only, because divisions get renumbered.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifier("identifier.region.format", value);
        }
        if (Regions.named(province(value)).isEmpty()) {
            throw new InvalidIdentifier("identifier.region.province", value.substring(0, 2));
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** Parses user input strictly: trimmed, half-width, and a prefecture- or county-level code must exist. */
    public static RegionCode parse(String input) {
        RegionCode code =
                new RegionCode(ChineseText.foldWidth(input == null ? "" : input).trim());
        if (code.isPrefecture() && !Regions.known(code.value)) {
            throw new InvalidIdentifier("identifier.region.prefecture", code.value);
        }
        if (!code.isProvince() && !code.isPrefecture() && !Regions.known(code.value)) {
            throw new InvalidIdentifier("identifier.region.county", code.value);
        }
        return code;
    }

    /** Null-tolerant strict parse for optional form fields. */
    public static Optional<RegionCode> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value));
    }

    /**
     * A form's optional region code as kept, null when blank; a code that is none becomes a problem of {@code field}.
     */
    public static String checked(String value, String field, java.util.List<FieldProblem> problems) {
        try {
            return optional(value).map(RegionCode::value).orElse(null);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    /** The province-level division's name, e.g. {@code 安徽省} for {@code 340800}. */
    public String provinceName() {
        return Regions.named(province(value)).orElseThrow();
    }

    /**
     * The province, prefecture and county names as far as known, e.g. {@code 安徽省安庆市怀宁县} for {@code 340822}
     * ({@code 湖北省仙桃市}: the pseudo-prefecture of directly administered counties is left out).
     */
    public String displayName() {
        String province = provinceName();
        if (isProvince()) {
            return province;
        }
        String prefecture = Regions.named(value.substring(0, 4) + "00").orElse("");
        if (!isPrefecture() && prefecture.endsWith("直辖县级行政区划")) {
            prefecture = "";
        }
        return province
                + prefecture
                + (isPrefecture() ? "" : Regions.named(value).orElse(""));
    }

    /** This code and the codes of the divisions above it, for filtering by any level. */
    public List<String> withParents() {
        String prefecture = value.substring(0, 4) + "00";
        return List.of(value, prefecture, province(value)).stream().distinct().toList();
    }

    /** A SQL {@code like} pattern for this code and the places under it: {@code 34%}, {@code 3408%}, or the county. */
    public String placesWithin() {
        return isProvince() ? value.substring(0, 2) + "%" : isPrefecture() ? value.substring(0, 4) + "%" : value;
    }

    public boolean isProvince() {
        return value.endsWith("0000");
    }

    private boolean isPrefecture() {
        return value.endsWith("00") && !isProvince();
    }

    private static String province(String code) {
        return code.substring(0, 2) + "0000";
    }

    @Override
    public String toString() {
        return value;
    }
}
