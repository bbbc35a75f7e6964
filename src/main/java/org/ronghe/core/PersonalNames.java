package org.ronghe.core;

/** A person's name as the platform shows it without consent: 张三 → 张*, 欧阳小明 → 欧***. */
public final class PersonalNames {

    private PersonalNames() {}

    /** The first character, one star for each other. */
    public static String masked(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
