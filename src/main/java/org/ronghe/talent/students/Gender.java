package org.ronghe.talent.students;

/** A student's sex as the ID number records it. */
public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "talent.gender." + name();
    }
}
