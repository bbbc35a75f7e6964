package org.ronghe.core;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check
 * character ({@code 0-9} or {@code X}). Personal data: show only {@link #masked()}.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdNumber {
        validate(value);
    }

    /** The number typed in a required field, or null with the problem added (required, or what parsing found). */
    public static IdNumber required(String typed, String field, java.util.List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem(field, "input.required"));
            return null;
        }
        try {
            return parse(typed);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    public static IdNumber parse(String input) {
        return new IdNumber(
                ChineseText.foldWidth(input == null ? "" : input).trim().toUpperCase());
    }

    private static void validate(String value) {
        if (value == null || value.length() != 18) {
            throw new InvalidIdentifier("identifier.id-number.length", value == null ? 0 : value.length());
        }
        if (!value.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidIdentifier("identifier.id-number.character");
        }
        RegionCode.of(value.substring(0, 6));
        validateBirthDate(value.substring(6, 14));
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidIdentifier("identifier.id-number.check", String.valueOf(expected));
        }
    }

    private static void validateBirthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            if (date.getYear() < 1800 || date.isAfter(LocalDate.now())) {
                throw new InvalidIdentifier("identifier.id-number.birth-date", yyyymmdd);
            }
        } catch (DateTimeException e) {
            throw new InvalidIdentifier("identifier.id-number.birth-date", yyyymmdd);
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The sex the number records: the 17th digit is odd for men, even for women. */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** {@code 110101********123X}: region and the last four characters only. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
