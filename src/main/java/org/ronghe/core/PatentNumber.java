package org.ronghe.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese patent application number (专利申请号; with "ZL" in front, the patent number): since 2003 twelve digits (year,
 * kind, serial), before that eight (two-digit year, kind, serial), then a check character computed from the digits
 * weighted 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 modulo 11, X standing for 10. Kept as {@code 201710601862.3}.
 *
 * @param value the digits, a dot and the check character
 */
public record PatentNumber(String value) {

    private static final Pattern FORM = Pattern.compile("(?:ZL|CN)?(\\d{12}|\\d{8})\\.?([0-9X])");
    private static final Pattern KEPT = Pattern.compile("(\\d{12}|\\d{8})\\.([0-9X])");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final String KINDS = "12389";

    public PatentNumber {
        Matcher m = value == null ? null : KEPT.matcher(value);
        if (m == null || !m.matches()) {
            throw new InvalidIdentifier("identifier.patent.format", value == null ? "" : value);
        }
        check(m.group(1), m.group(2).charAt(0));
    }

    /** Parses user input: folds full width, drops spaces, an optional ZL or CN and the dot's absence. */
    public static PatentNumber parse(String input) {
        String folded = ChineseText.foldWidth(input == null ? "" : input)
                .replaceAll("\\s+", "")
                .toUpperCase();
        Matcher m = FORM.matcher(folded);
        if (!m.matches()) {
            throw new InvalidIdentifier("identifier.patent.format", input == null ? "" : input.strip());
        }
        return new PatentNumber(m.group(1) + "." + m.group(2));
    }

    /** The check character for the digits of an application number (8 or 12). */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    /** 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model. */
    public char kind() {
        return value.charAt(value.indexOf('.') == 12 ? 4 : 2);
    }

    private static void check(String digits, char given) {
        char kind = digits.charAt(digits.length() == 12 ? 4 : 2);
        if (KINDS.indexOf(kind) < 0) {
            throw new InvalidIdentifier("identifier.patent.kind", String.valueOf(kind));
        }
        char expected = checkCharacter(digits);
        if (given != expected) {
            throw new InvalidIdentifier("identifier.patent.check", String.valueOf(expected));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
