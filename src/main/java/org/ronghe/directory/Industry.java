package org.ronghe.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ronghe.core.ChineseText;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.ReferenceTable;

/**
 * An industry per GB/T 4754-2017: a section (门类, A–T) and optionally one of its divisions (大类, 01–97), from
 * {@code reference/industries.csv}.
 */
public record Industry(String section, String division) {

    private static final Pattern SECTION = Pattern.compile("[A-Z]");
    private static final Pattern SECTION_AND_DIVISION = Pattern.compile("[A-Z]\\d{2}");

    private static final List<Entry> ENTRIES = ReferenceTable.read(
            "reference/industries.csv",
            row -> new Entry(row[0], row[1], row[2].isBlank() ? null : row[2], row[4], row[3]));
    private static final Map<String, Entry> BY_CODE =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));

    public Industry {
        Entry entry = BY_CODE.get(section);
        if (entry == null || !entry.isSection()) {
            throw new InvalidIdentifier("identifier.industry.unknown", section);
        }
        if (division != null && !section.equals(sectionOf(division))) {
            throw new InvalidIdentifier("identifier.industry.unknown", division);
        }
    }

    /** Parses a section letter ({@code C}), a division ({@code 32}) or both ({@code C32}). */
    public static Industry parse(String input) {
        String code = ChineseText.foldWidth(input == null ? "" : input).trim().toUpperCase();
        if (SECTION.matcher(code).matches()) {
            return new Industry(code, null);
        }
        String division = SECTION_AND_DIVISION.matcher(code).matches() ? code.substring(1) : code;
        String section = sectionOf(division);
        if (section == null || (code.length() == 3 && code.charAt(0) != section.charAt(0))) {
            throw new InvalidIdentifier("identifier.industry.unknown", input);
        }
        return new Industry(section, division);
    }

    public static Optional<Industry> optional(String input) {
        return input == null || input.isBlank() ? Optional.empty() : Optional.of(parse(input));
    }

    /**
     * A form's optional industry as kept ({@code C} or {@code C32}), null when blank; a code that is none becomes a
     * problem of {@code field}.
     */
    public static String checked(String input, String field, java.util.List<org.ronghe.core.FieldProblem> problems) {
        try {
            return optional(input)
                    .map(i -> i.division() == null ? i.section() : i.section() + i.division())
                    .orElse(null);
        } catch (InvalidIdentifier e) {
            problems.add(org.ronghe.core.FieldProblem.of(field, e));
            return null;
        }
    }

    /** Every section followed by its divisions, in the standard's order. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /** The code to store and to put in forms: the division when known, else the section. */
    public String code() {
        return division != null ? division : section;
    }

    /** E.g. {@code C 制造业 / 32 有色金属冶炼和压延加工业}. */
    public String displayName() {
        return displayName(Locale.SIMPLIFIED_CHINESE);
    }

    /** The same in a reader's language: simplified or traditional Chinese, or English. */
    public String displayName(Locale locale) {
        String name = section + " " + BY_CODE.get(section).nameIn(locale);
        return division == null
                ? name
                : name + " / " + division + " " + BY_CODE.get(division).nameIn(locale);
    }

    private static String sectionOf(String division) {
        Entry entry = BY_CODE.get(division);
        return entry == null || entry.isSection() ? null : entry.section();
    }

    /** A line of the standard: sections have no parent section. */
    public record Entry(String code, String name, String section, String nameEn, String nameZhTw) {

        public boolean isSection() {
            return section == null;
        }

        /** The name in English for English readers, in traditional characters for zh-TW (and zh-HK), else as issued. */
        public String nameIn(Locale locale) {
            if (locale == null || "zh".equals(locale.getLanguage()) && !traditional(locale)) {
                return name;
            }
            return "zh".equals(locale.getLanguage()) ? nameZhTw : nameEn;
        }

        private static boolean traditional(Locale locale) {
            return List.of("TW", "HK", "MO").contains(locale.getCountry()) || "Hant".equals(locale.getScript());
        }
    }

    @Override
    public String toString() {
        return code();
    }
}
