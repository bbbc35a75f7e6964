package org.ronghe.talent.placements;

import org.ronghe.core.AuditedEvent;
import org.ronghe.talent.students.StudentEvents.ProgressChanged;

/** What happens to internships and hires, for the audit trail and for other modules (evaluation counts them). */
public final class PlacementEvents {

    private PlacementEvents() {}

    /** A school recorded a student's internship at an enterprise. */
    public record InternshipRecorded(Long internshipId, Long studentId, Long enterpriseId) implements AuditedEvent {
        public String auditAction() {
            return "talent.internship.recorded";
        }

        public String auditSubject() {
            return "internship:" + internshipId;
        }

        public String auditDetail() {
            return "student=" + studentId + "; enterprise=" + enterpriseId;
        }
    }

    /** The signed three-party agreement was filed with an internship. */
    public record InternshipAgreementFiled(Long internshipId, java.util.UUID fileId) implements AuditedEvent {
        public String auditAction() {
            return "talent.internship.agreement-filed";
        }

        public String auditSubject() {
            return "internship:" + internshipId;
        }

        public String auditDetail() {
            return "file=" + fileId;
        }
    }

    /** A mentor (enterprise) or supervisor (school) evaluated an internship; for evaluation figures later. */
    public record InternshipEvaluated(
            Long internshipId,
            Long studentId,
            Long enterpriseId,
            Evaluation.Stage stage,
            Evaluation.Side side,
            Evaluation.Grade grade)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.internship.evaluated";
        }

        public String auditSubject() {
            return "internship:" + internshipId;
        }

        public String auditDetail() {
            return stage + "; " + side + "; " + grade;
        }
    }

    /** A school recorded an offer of a job to a student. */
    public record OfferRecorded(Long hireId, Long studentId, Long enterpriseId)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.hire.offered";
        }

        public String auditSubject() {
            return "hire:" + hireId;
        }

        public String auditDetail() {
            return "student=" + studentId + "; enterprise=" + enterpriseId;
        }
    }

    /** A school recorded that the student was hired; the employer is asked to confirm. */
    public record HireRecorded(Long hireId, Long studentId, Long enterpriseId, java.time.LocalDate hiredOn)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.hire.recorded";
        }

        public String auditSubject() {
            return "hire:" + hireId;
        }

        public String auditDetail() {
            return "hired on " + hiredOn;
        }
    }

    /** The employer confirmed the hire: it counts in confirmed figures. */
    public record HireConfirmed(
            Long hireId, Long studentId, Long enterpriseId, Long programmeId, Boolean local, Boolean inProvince)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.hire.confirmed";
        }

        public String auditSubject() {
            return "hire:" + hireId;
        }

        public String auditDetail() {
            return "local=" + local + "; in-province=" + inProvince;
        }
    }

    /** A hire's work place was compared again with the school's region after either changed. */
    public record HirePlaced(Long hireId, Long studentId, Boolean local, Boolean inProvince)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.hire.placed";
        }

        public String auditSubject() {
            return "hire:" + hireId;
        }

        public String auditDetail() {
            return "local=" + local + "; in-province=" + inProvince;
        }
    }

    /** The employer disputed the hire, with a reason. */
    public record HireDisputed(Long hireId, Long studentId, Long enterpriseId, String reason)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() {
            return "talent.hire.disputed";
        }

        public String auditSubject() {
            return "hire:" + hireId;
        }

        public String auditDetail() {
            return reason;
        }
    }
}
