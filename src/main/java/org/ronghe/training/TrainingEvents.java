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
    /** A course was offered, revised or withdrawn, or a session scheduled under it; {@code step} names which. */
    public record CourseChanged(Long courseId, Long bodyId, String step, String detail) implements AuditedEvent {
        public String auditAction() {
            return "training.course." + step;
        }

        public String auditSubject() {
            return "course:" + courseId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /**
     * An enrolment was made or moved a step (attendance, result, the enterprise's confirmation or dispute, withdrawal);
     * the worker appears only by the enrolment's id.
     */
    public record EnrolmentChanged(Long enrolmentId, Long sessionId, Long bodyId, String step, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "training.enrolment." + step;
        }

        public String auditSubject() {
            return "enrolment:" + enrolmentId;
        }

        public String auditDetail() {
            return "session " + sessionId + (detail == null ? "" : ": " + detail);
        }
    }

    /** A list of workers, completions, courses or certificates was exported (workers and holders masked). */
    public record TrainingExported(String scope, int records) implements AuditedEvent {
        public String auditAction() {
            return "training.exported";
        }

        public String auditSubject() {
            return scope;
        }

        public String auditDetail() {
            return records + " rows";
        }
    }
}
