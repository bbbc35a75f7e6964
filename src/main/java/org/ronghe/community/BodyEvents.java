package org.ronghe.community;

import org.ronghe.core.AuditedEvent;

/** Events of the community module. */
public final class BodyEvents {

    private BodyEvents() {}

    /** A body was created on the platform. */
    public record BodyFounded(Long bodyId, String name) implements AuditedEvent {
        public String auditAction() {
            return "body.founded";
        }

        public String auditSubject() {
            return "body:" + bodyId;
        }
    }

    /** The secretariat revised a body's public profile. */
    public record BodyProfileRevised(Long bodyId) implements AuditedEvent {
        public String auditAction() {
            return "body.profile-revised";
        }

        public String auditSubject() {
            return "body:" + bodyId;
        }
    }

    /** The secretariat uploaded (or removed, fileId null) the body's logo. */
    public record BodyLogoChanged(Long bodyId, java.util.UUID fileId) implements AuditedEvent {
        public String auditAction() {
            return "body.logo-changed";
        }

        public String auditSubject() {
            return "body:" + bodyId;
        }

        public String auditDetail() {
            return fileId == null ? "removed" : "file=" + fileId;
        }
    }

    /** A step in a membership: application, decision, admission, suspension, withdrawal. */
    public record MembershipChanged(Long bodyId, Long organisationId, MembershipStep.Action action, String reason)
            implements AuditedEvent {
        public String auditAction() {
            return "membership." + action.name().toLowerCase().replace('_', '-');
        }

        public String auditSubject() {
            return "body:" + bodyId + "/organisation:" + organisationId;
        }
    }

    /** The secretariat changed the body's governance (leads, council, committee, meetings, charter). */
    public record GovernanceChanged(Long bodyId, String change, Long organisationId) implements AuditedEvent {
        public String auditAction() {
            return "body.governance." + change;
        }

        public String auditSubject() {
            return "body:" + bodyId + (organisationId == null ? "" : "/organisation:" + organisationId);
        }
    }
}
