package org.ronghe.talent.needs;

import org.ronghe.core.AuditedEvent;

/** What happens to talent needs, for the audit trail and for other modules. */
public final class NeedEvents {

    private NeedEvents() {}

    /** An enterprise posted a talent need; {@code detail} holds its terms. */
    public record NeedPosted(Long needId, Long bodyId, Long organisationId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "talent.need.posted";
        }

        public String auditSubject() {
            return "talent-need:" + needId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A need's terms changed; {@code detail} holds them before and after. */
    public record NeedRevised(Long needId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "talent.need.revised";
        }

        public String auditSubject() {
            return "talent-need:" + needId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A need was marked filled or closed, or reopened. */
    public record NeedStatusChanged(Long needId, Long bodyId, NeedStatus from, NeedStatus to) implements AuditedEvent {
        public String auditAction() {
            return "talent.need.status-changed";
        }

        public String auditSubject() {
            return "talent-need:" + needId;
        }

        public String auditDetail() {
            return "before: " + from + "\nafter: " + to;
        }
    }
}
