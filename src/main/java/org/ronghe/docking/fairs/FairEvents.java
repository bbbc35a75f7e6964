package org.ronghe.docking.fairs;

import org.ronghe.core.AuditedEvent;

/** What happens to docking fairs, for the audit trail. */
public final class FairEvents {

    private FairEvents() {}

    /** Something happened to a fair: {@code change} names it, {@code detail} says what. */
    public record FairChanged(Long fairId, Long bodyId, String change, String detail) implements AuditedEvent {
        public String auditAction() {
            return "docking.fair." + change;
        }

        public String auditSubject() {
            return "fair:" + fairId;
        }

        public String auditDetail() {
            return detail;
        }
    }
}
