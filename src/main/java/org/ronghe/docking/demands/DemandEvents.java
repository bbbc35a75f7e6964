package org.ronghe.docking.demands;

import org.ronghe.core.AuditedEvent;

/** What happens to demands, for the audit trail and for matching. */
public final class DemandEvents {

    private DemandEvents() {}

    /** A member posted a demand; {@code detail} holds its terms. */
    public record DemandPosted(Long demandId, Long bodyId, Long organisationId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "docking.demand.posted";
        }

        public String auditSubject() {
            return "demand:" + demandId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A demand's terms changed; {@code detail} holds them before and after. */
    public record DemandRevised(Long demandId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "docking.demand.revised";
        }

        public String auditSubject() {
            return "demand:" + demandId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A demand was marked solved or closed (with the reason), or reopened. */
    public record DemandStatusChanged(Long demandId, Long bodyId, DemandStatus from, DemandStatus to, String reason)
            implements AuditedEvent {
        public String auditAction() {
            return "docking.demand.status-changed";
        }

        public String auditSubject() {
            return "demand:" + demandId;
        }

        public String auditDetail() {
            return "before: " + from + "\nafter: " + to + (reason == null ? "" : "\nreason: " + reason);
        }
    }
}
