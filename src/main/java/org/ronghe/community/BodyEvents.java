package org.ronghe.community;

import org.ronghe.core.AuditedEvent;

/** Events of the community module. */
public final class BodyEvents {

    private BodyEvents() {
    }

    /** A body was created on the platform. */
    public record BodyFounded(Long bodyId, String name) implements AuditedEvent {
        public String auditAction() { return "body.founded"; }
        public String auditSubject() { return "body:" + bodyId; }
    }

    /** The secretariat revised a body's public profile. */
    public record BodyProfileRevised(Long bodyId) implements AuditedEvent {
        public String auditAction() { return "body.profile-revised"; }
        public String auditSubject() { return "body:" + bodyId; }
    }

    /** An organisation became a member of a body. */
    public record MemberAdmitted(Long bodyId, Long organisationId) implements AuditedEvent {
        public String auditAction() { return "body.member-admitted"; }
        public String auditSubject() { return "body:" + bodyId + "/organisation:" + organisationId; }
    }
}
