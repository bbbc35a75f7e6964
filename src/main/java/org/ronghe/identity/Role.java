package org.ronghe.identity;

/**
 * What an account may do. Secretariat, observer and evaluator are scoped to one body (an evaluator — the evaluating
 * department's account, usually an observer too — reviews, adjusts and grades the body's evaluations); organisation
 * admin and personal-data officer to one organisation; a student to their school (the log-in is tied to the student's
 * record); platform admin acts everywhere. A personal-data officer of a school sees its students' ID and mobile numbers
 * in full (every such view audited); nobody else does, platform admins included.
 */
public enum Role {
    PLATFORM_ADMIN,
    SECRETARIAT,
    ORGANISATION_ADMIN,
    OBSERVER,
    EVALUATOR,
    PERSONAL_DATA_OFFICER,
    STUDENT;

    /** Whether the role is held for one body. */
    public boolean bodyScoped() {
        return this == SECRETARIAT || this == OBSERVER || this == EVALUATOR;
    }

    /** Whether the role is held for one organisation. */
    public boolean organisationScoped() {
        return this == ORGANISATION_ADMIN || this == PERSONAL_DATA_OFFICER || this == STUDENT;
    }

    /** Whether a platform admin grants it; a student's log-in is opened by the student's school, tied to the record. */
    public boolean grantable() {
        return this != STUDENT;
    }

    public String messageKey() {
        return "role." + name();
    }
}
