package org.ronghe.community;

/** Positions on a council (理事会), in order of precedence. */
public enum CouncilPosition {
    CHAIR,
    EXECUTIVE_VICE_CHAIR,
    VICE_CHAIR,
    SECRETARY_GENERAL,
    STANDING_MEMBER,
    MEMBER;

    public String messageKey() {
        return "council.position." + name();
    }
}
