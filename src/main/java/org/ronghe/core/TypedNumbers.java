package org.ronghe.core;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Numbers as a person typed them on a form (text fields with a number keypad, so that what a browser cannot read still
 * reaches the server): blank is no value; figures, full-width ones included, are read; anything else (二十, 七, 1,5) is an
 * {@link InvalidInput} on the named field with a message in the user's language, never a silent null.
 */
public final class TypedNumbers {

    /** The message for a whole number that cannot be read. */
    public static final String WHOLE = "typeMismatch.java.lang.Integer";

    /** The message for an amount of money that cannot be read. */
    public static final String AMOUNT = "typeMismatch.java.math.BigDecimal";

    /** The message for any other number (hours, scores) that cannot be read. */
    public static final String DECIMAL = "number.decimal-unreadable";

    private TypedNumbers() {}

    /** @return the whole number typed, or null when nothing was */
    public static Integer whole(String field, String typed) {
        String text = clean(typed);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, WHOLE);
        }
    }

    /** @return the amount typed, or null when nothing was */
    public static BigDecimal amount(String field, String typed) {
        return number(field, typed, AMOUNT);
    }

    /** @return the number typed (fractions allowed), or null when nothing was */
    public static BigDecimal decimal(String field, String typed) {
        return number(field, typed, DECIMAL);
    }

    private static BigDecimal number(String field, String typed, String code) {
        String text = clean(typed);
        if (text == null) {
            return null;
        }
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) { // no one types an exponent on a form
            throw new InvalidInput(field, code);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, code);
        }
    }

    /** Full-width figures and signs made plain, spaces stripped; null when nothing is left. */
    private static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        return text.isEmpty() ? null : text;
    }
}
