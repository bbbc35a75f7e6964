package org.ronghe.talent.programmes;

/** The kinds of programme that bring students into enterprises. */
public enum ProgrammeKind {
    ORDER_CLASS,
    MODERN_APPRENTICESHIP,
    FIELD_ENGINEER,
    NAMED_PIPELINE,
    INTERNSHIP_PROGRAMME;

    public String messageKey() {
        return "talent.programme.kind." + name();
    }
}
