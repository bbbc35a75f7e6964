package org.ronghe.talent.students;

import org.ronghe.core.AuditedEvent;

/**
 * What happens to students and their personal data, for the audit trail and for other modules (evaluation counts them).
 */
public final class StudentEvents {

    private StudentEvents() {}

    /** An event after which what a student achieved (the funnel's figures) may differ. */
    public interface ProgressChanged {
        Long studentId();
    }

    /** A school enrolled a student (the record holds no personal data: ids only). */
    public record StudentEnrolled(Long studentId, Long schoolId, Long programmeId, Long cohortId)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.student.enrolled";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "school=" + schoolId + "; programme=" + programmeId + "; cohort=" + cohortId;
        }
    }

    /** A student's details changed; {@code fields} names what changed, never the values. */
    public record StudentRevised(Long studentId, String fields) implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.student.revised";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "changed: " + fields;
        }
    }

    /** A student agreed to share personal data with an organisation. */
    public record ConsentGiven(Long studentId, Long organisationId) implements AuditedEvent {
        public String auditAction() {
            return "talent.consent.given";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "organisation=" + organisationId;
        }
    }

    /** A student withdrew that consent; the organisation sees nothing of them from now on. */
    public record ConsentWithdrawn(Long studentId, Long organisationId) implements AuditedEvent {
        public String auditAction() {
            return "talent.consent.withdrawn";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "organisation=" + organisationId;
        }
    }

    /** Someone saw ID or mobile numbers in full: on one student's page, a list, or an export. */
    public record PersonalDataRevealed(String subject, int records, String how) implements AuditedEvent {
        public String auditAction() {
            return "personal-data.revealed";
        }

        public String auditSubject() {
            return subject;
        }

        public String auditDetail() {
            return "records=" + records + "; " + how;
        }
    }

    /** A list of students was searched by a whole ID or mobile number (the number itself is never recorded). */
    public record StudentsSearchedByNumber(String subject, long matches) implements AuditedEvent {
        public String auditAction() {
            return "talent.students.number-searched";
        }

        public String auditSubject() {
            return subject;
        }

        public String auditDetail() {
            return "matches=" + matches;
        }
    }

    /** Students were exported to .xlsx (masked unless {@code full}). */
    public record StudentsExported(String scope, int records, boolean full) implements AuditedEvent {
        public String auditAction() {
            return "talent.students.exported";
        }

        public String auditSubject() {
            return scope;
        }

        public String auditDetail() {
            return "records=" + records + "; " + (full ? "full" : "masked");
        }
    }

    /** The school opened a student's own log-in. */
    public record StudentAccountOpened(Long studentId, String username) implements AuditedEvent {
        public String auditAction() {
            return "talent.student.account-opened";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "username=" + username;
        }
    }

    /** A student asked for a correction of their data (the field only; the message stays with the request). */
    public record CorrectionRequested(Long studentId, Long requestId, String field) implements AuditedEvent {
        public String auditAction() {
            return "talent.correction.requested";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "request=" + requestId + "; field=" + field;
        }
    }

    /** The school answered a correction request. */
    public record CorrectionAnswered(Long studentId, Long requestId, String status) implements AuditedEvent {
        public String auditAction() {
            return "talent.correction.answered";
        }

        public String auditSubject() {
            return "student:" + studentId;
        }

        public String auditDetail() {
            return "request=" + requestId + "; " + status;
        }
    }
}
