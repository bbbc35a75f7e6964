package org.ronghe.core;

import java.util.regex.Pattern;

/** A mainland China mobile number: 11 digits starting with 1 and a second digit 3–9. */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifier("identifier.mobile.format", value);
        }
    }

    /** Accepts spaces, dashes and a leading +86 or 86 as people type them. */
    /** The number typed in an optional field: null when blank, or null with the problem added when it is no number. */
    public static MobileNumber optional(String typed, String field, java.util.List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parse(typed);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    public static MobileNumber parse(String input) {
        String digits = ChineseText.foldWidth(input == null ? "" : input).replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return new MobileNumber(digits);
    }

    /** {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
