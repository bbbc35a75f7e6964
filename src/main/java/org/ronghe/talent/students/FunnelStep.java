package org.ronghe.talent.students;

/** The steps of the funnel, as a list behind a figure selects students by them. */
public enum FunnelStep {
    ENROLLED(null),
    INTERNED("interned"),
    OFFERED("offered"),
    HIRED("hired"),
    HIRED_LOCAL("hired_local"),
    HIRED_IN_PROVINCE("hired_in_province");

    private final String column;

    FunnelStep(String column) {
        this.column = column;
    }

    /** The flag of {@code student_progress} that marks the step (a fixed name, never user input). */
    String column() {
        return column;
    }

    public String messageKey() {
        return "talent.funnel.step." + name();
    }
}
