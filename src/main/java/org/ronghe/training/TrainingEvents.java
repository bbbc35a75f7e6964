package org.ronghe.training;

import org.ronghe.core.AuditedEvent;

/** What happens in training, for the audit trail; no personal data in the details. */
public final class TrainingEvents {

    private TrainingEvents() {}

    /** A certificate was recorded by its issuer; {@code detail}: kind, level, occupation. */
    public record CertificateRecorded(Long certificateId, String number, Long issuerId, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "training.certificate.recorded";
        }

        public String auditSubject() {
            return "certificate:" + certificateId;
        }

        public String auditDetail() {
            return "number " + number + ", issuer " + issuerId + ": " + detail;
        }
    }
}
