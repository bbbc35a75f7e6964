package org.ronghe.community;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a membership's history: what happened, when, who did it, why, and from which day it takes effect (for
 * suspensions and withdrawals).
 */
@Embeddable
public record MembershipStep(
        Instant at, @Enumerated(EnumType.STRING) Action action, String actor, String reason, LocalDate effectiveOn) {

    private static final java.util.regex.Pattern FROM_IMPORT = java.util.regex.Pattern.compile("roster-import:(\\d+)");

    /** The roster import that admitted the member, when it did (its note is {@code roster-import:<id>}); else null. */
    public Long rosterImportId() {
        var m = reason == null ? null : FROM_IMPORT.matcher(reason);
        return m != null && m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /** What can happen to a membership. */
    public enum Action {
        APPLIED,
        APPLICATION_WITHDRAWN,
        APPROVED,
        REJECTED,
        ADMITTED,
        SUSPENDED,
        REINSTATED,
        WITHDRAWN;

        public String messageKey() {
            return "membership.action." + name();
        }
    }
}
