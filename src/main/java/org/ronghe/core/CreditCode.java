package org.ronghe.core;

/**
 * 统一社会信用代码 (unified social credit code) per GB 32100-2015: 18 characters from the set {@code 0-9 A-H J-N P-R T-U W-Y},
 * the last one a check character computed modulo 31.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        validate(value);
    }

    /** Parses user input: trims, folds full-width characters and upper-cases before validating. */
    public static CreditCode parse(String input) {
        return new CreditCode(
                ChineseText.foldWidth(input == null ? "" : input).trim().toUpperCase());
    }

    private static void validate(String value) {
        if (value == null || value.length() != 18) {
            throw new InvalidIdentifier("identifier.credit-code.length", value == null ? 0 : value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidIdentifier("identifier.credit-code.character", String.valueOf(value.charAt(i)), i + 1);
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidIdentifier("identifier.credit-code.check", String.valueOf(expected));
        }
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
