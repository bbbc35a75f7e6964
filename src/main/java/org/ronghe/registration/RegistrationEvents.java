package org.ronghe.registration;

import org.ronghe.core.AuditedEvent;

/** Events of self-registration; all are audited. */
public final class RegistrationEvents {

    private RegistrationEvents() {}

    /** A unit asked to be registered, naming a body or not. */
    public record RegistrationSubmitted(Long registrationId, Long bodyId, String organisationName)
            implements AuditedEvent {
        public String auditAction() {
            return "registration.submitted";
        }

        public String auditSubject() {
            return "registration:" + registrationId;
        }

        public String auditDetail() {
            return organisationName;
        }
    }

    /** A verifier accepted it: the unit is in the directory and the account is its admin. */
    public record RegistrationVerified(Long registrationId, Long organisationId, Long accountId)
            implements AuditedEvent {
        public String auditAction() {
            return "registration.verified";
        }

        public String auditSubject() {
            return "registration:" + registrationId + "/organisation:" + organisationId;
        }
    }

    /** A verifier turned it down, with a reason; the account stays disabled. */
    public record RegistrationRejected(Long registrationId, Long accountId, String reason) implements AuditedEvent {
        public String auditAction() {
            return "registration.rejected";
        }

        public String auditSubject() {
            return "registration:" + registrationId;
        }

        public String auditDetail() {
            return reason;
        }
    }

    /** A verifier opened the business-licence scan. */
    public record LicenceViewed(Long registrationId) implements AuditedEvent {
        public String auditAction() {
            return "registration.licence-viewed";
        }

        public String auditSubject() {
            return "registration:" + registrationId;
        }
    }
}
