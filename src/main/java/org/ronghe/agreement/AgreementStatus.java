package org.ronghe.agreement;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Draft → signed → in force → completed; or terminated (with a reason) or expired (at the end of its term). */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    IN_FORCE,
    COMPLETED,
    TERMINATED,
    EXPIRED;

    private static final Set<AgreementStatus> CLOSED = Set.of(COMPLETED, TERMINATED, EXPIRED);

    /** Completed, terminated and expired agreements are read-only. */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Signed or in force: its promises run. */
    public boolean isRunning() {
        return this == SIGNED || this == IN_FORCE;
    }

    /** Signed and not terminated: what its parties committed, and reported against it, counts on the dashboard. */
    public boolean commits() {
        return this != DRAFT && this != TERMINATED;
    }

    /** The statuses that {@link #commits()}, as a SQL list: {@code ('SIGNED', …)}. */
    static String committingSql() {
        return Arrays.stream(values())
                .filter(AgreementStatus::commits)
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    public String messageKey() {
        return "agreement.status." + name();
    }
}
