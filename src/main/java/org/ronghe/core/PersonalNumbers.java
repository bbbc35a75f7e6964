package org.ronghe.core;

import java.util.regex.Pattern;

/**
 * Masks the ID and mobile numbers that a person typed into free text (a correction request: "my ID number is …") the
 * way the platform masks them everywhere: {@code 340802********1234}, {@code 138****5678}.
 */
public final class PersonalNumbers {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9])(1[3-9][0-9])[ -]?[0-9]{4}[ -]?([0-9]{4})(?![0-9])");

    private PersonalNumbers() {}

    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String ids = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        return MOBILE.matcher(ids).replaceAll("$1****$2");
    }
}
