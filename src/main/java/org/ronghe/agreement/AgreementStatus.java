package org.ronghe.agreement;

import java.util.Set;

/** Draft → signed → in force → completed; or terminated (with a reason) or expired (at the end of its term). */
public enum AgreementStatus {
    DRAFT, SIGNED, IN_FORCE, COMPLETED, TERMINATED, EXPIRED;

    private static final Set<AgreementStatus> CLOSED = Set.of(COMPLETED, TERMINATED, EXPIRED);

    /** Completed, terminated and expired agreements are read-only. */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Signed or in force: its promises run. */
    public boolean isRunning() {
        return this == SIGNED || this == IN_FORCE;
    }

    public String messageKey() {
        return "agreement.status." + name();
    }
}
