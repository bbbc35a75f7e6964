package org.ronghe.core;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 行政区划代码 per GB/T 2260: six digits, province (2) + prefecture (2) + county (2). The
 * province must be one of the 34 province-level divisions; lower levels are checked by format
 * (a county cannot sit under prefecture {@code 00} except in the four municipalities' old
 * scheme, which we accept).
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}");
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "北京市"), Map.entry("12", "天津市"), Map.entry("13", "河北省"),
            Map.entry("14", "山西省"), Map.entry("15", "内蒙古自治区"), Map.entry("21", "辽宁省"),
            Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"), Map.entry("31", "上海市"),
            Map.entry("32", "江苏省"), Map.entry("33", "浙江省"), Map.entry("34", "安徽省"),
            Map.entry("35", "福建省"), Map.entry("36", "江西省"), Map.entry("37", "山东省"),
            Map.entry("41", "河南省"), Map.entry("42", "湖北省"), Map.entry("43", "湖南省"),
            Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"), Map.entry("46", "海南省"),
            Map.entry("50", "重庆市"), Map.entry("51", "四川省"), Map.entry("52", "贵州省"),
            Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"), Map.entry("61", "陕西省"),
            Map.entry("62", "甘肃省"), Map.entry("63", "青海省"), Map.entry("64", "宁夏回族自治区"),
            Map.entry("65", "新疆维吾尔自治区"), Map.entry("71", "台湾省"), Map.entry("81", "香港特别行政区"),
            Map.entry("82", "澳门特别行政区"));

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifier("identifier.region.format", value);
        }
        if (!PROVINCES.containsKey(value.substring(0, 2))) {
            throw new InvalidIdentifier("identifier.region.province", value.substring(0, 2));
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** Null-tolerant parse for optional form fields. */
    public static Optional<RegionCode> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new RegionCode(value.trim()));
    }

    /** The province-level division's name, e.g. {@code 安徽省} for {@code 340800}. */
    public String provinceName() {
        return PROVINCES.get(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
