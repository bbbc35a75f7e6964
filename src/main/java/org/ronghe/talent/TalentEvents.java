package org.ronghe.talent;

import org.ronghe.core.AuditedEvent;

/** What happens in the talent pipeline, for the audit trail and for other modules (evaluation counts them). */
public final class TalentEvents {

    private TalentEvents() {
    }

    /** An event after which what a student achieved (the funnel's figures) may differ. */
    public interface ProgressChanged {
        Long studentId();
    }

    /** An enterprise posted a talent need; {@code detail} holds its terms. */
    public record NeedPosted(Long needId, Long bodyId, Long organisationId, String detail) implements AuditedEvent {
        public String auditAction() { return "talent.need.posted"; }
        public String auditSubject() { return "talent-need:" + needId; }
        public String auditDetail() { return detail; }
    }

    /** A need's terms changed; {@code detail} holds them before and after. */
    public record NeedRevised(Long needId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() { return "talent.need.revised"; }
        public String auditSubject() { return "talent-need:" + needId; }
        public String auditDetail() { return detail; }
    }

    /** A need was marked filled or closed, or reopened. */
    public record NeedStatusChanged(Long needId, Long bodyId, NeedStatus from, NeedStatus to) implements AuditedEvent {
        public String auditAction() { return "talent.need.status-changed"; }
        public String auditSubject() { return "talent-need:" + needId; }
        public String auditDetail() { return "before: " + from + "\nafter: " + to; }
    }

    /** A programme was set up; {@code detail} holds its terms. */
    public record ProgrammeLaunched(Long programmeId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() { return "talent.programme.launched"; }
        public String auditSubject() { return "programme:" + programmeId; }
        public String auditDetail() { return detail; }
    }

    /** A programme's terms changed; {@code detail} holds them before and after. */
    public record ProgrammeRevised(Long programmeId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() { return "talent.programme.revised"; }
        public String auditSubject() { return "programme:" + programmeId; }
        public String auditDetail() { return detail; }
    }

    /** A programme took in a cohort (one intake year). */
    public record CohortOpened(Long programmeId, Long cohortId, int intakeYear, Integer plannedSize)
            implements AuditedEvent {
        public String auditAction() { return "talent.cohort.opened"; }
        public String auditSubject() { return "programme:" + programmeId + "/cohort:" + cohortId; }
        public String auditDetail() { return "intake=" + intakeYear + "; planned=" + plannedSize; }
    }

    /** A school enrolled a student (the record holds no personal data: ids only). */
    public record StudentEnrolled(Long studentId, Long schoolId, Long programmeId, Long cohortId) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.student.enrolled"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "school=" + schoolId + "; programme=" + programmeId + "; cohort=" + cohortId; }
    }

    /** A student's details changed; {@code fields} names what changed, never the values. */
    public record StudentRevised(Long studentId, String fields) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.student.revised"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "changed: " + fields; }
    }

    /** A student agreed to share personal data with an organisation. */
    public record ConsentGiven(Long studentId, Long organisationId) implements AuditedEvent {
        public String auditAction() { return "talent.consent.given"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "organisation=" + organisationId; }
    }

    /** A student withdrew that consent; the organisation sees nothing of them from now on. */
    public record ConsentWithdrawn(Long studentId, Long organisationId) implements AuditedEvent {
        public String auditAction() { return "talent.consent.withdrawn"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "organisation=" + organisationId; }
    }

    /** Someone saw ID or mobile numbers in full: on one student's page, a list, or an export. */
    public record PersonalDataRevealed(String subject, int records, String how) implements AuditedEvent {
        public String auditAction() { return "personal-data.revealed"; }
        public String auditSubject() { return subject; }
        public String auditDetail() { return "records=" + records + "; " + how; }
    }

    /** A list of students was searched by a whole ID or mobile number (the number itself is never recorded). */
    public record StudentsSearchedByNumber(String subject, long matches) implements AuditedEvent {
        public String auditAction() { return "talent.students.number-searched"; }
        public String auditSubject() { return subject; }
        public String auditDetail() { return "matches=" + matches; }
    }

    /** Students were exported to .xlsx (masked unless {@code full}). */
    public record StudentsExported(String scope, int records, boolean full) implements AuditedEvent {
        public String auditAction() { return "talent.students.exported"; }
        public String auditSubject() { return scope; }
        public String auditDetail() { return "records=" + records + "; " + (full ? "full" : "masked"); }
    }

    /** Students' numbers were sealed again under the current key (a rotation). */
    public record PersonalDataResealed(String keyId, int records, boolean everyRow) implements AuditedEvent {
        public String auditAction() { return "personal-data.resealed"; }
        public String auditSubject() { return "students"; }
        public String auditDetail() { return "key=" + keyId + "; records=" + records + (everyRow ? "; every row" : ""); }
    }

    /** A sheet of students was imported into a school (one event for the whole sheet; ids and a count only). */
    public record StudentsImported(Long importId, Long schoolId, Long programmeId, int students) implements AuditedEvent {
        public String auditAction() { return "talent.students.imported"; }
        public String auditSubject() { return "school:" + schoolId + "/student-import:" + importId; }
        public String auditDetail() { return "students=" + students + "; programme=" + programmeId; }
    }

    /** A school recorded a student's internship at an enterprise. */
    public record InternshipRecorded(Long internshipId, Long studentId, Long enterpriseId) implements AuditedEvent {
        public String auditAction() { return "talent.internship.recorded"; }
        public String auditSubject() { return "internship:" + internshipId; }
        public String auditDetail() { return "student=" + studentId + "; enterprise=" + enterpriseId; }
    }

    /** The signed three-party agreement was filed with an internship. */
    public record InternshipAgreementFiled(Long internshipId, java.util.UUID fileId) implements AuditedEvent {
        public String auditAction() { return "talent.internship.agreement-filed"; }
        public String auditSubject() { return "internship:" + internshipId; }
        public String auditDetail() { return "file=" + fileId; }
    }

    /** A mentor (enterprise) or supervisor (school) evaluated an internship; for evaluation figures later. */
    public record InternshipEvaluated(Long internshipId, Long studentId, Long enterpriseId, Evaluation.Stage stage,
                                      Evaluation.Side side, Evaluation.Grade grade) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.internship.evaluated"; }
        public String auditSubject() { return "internship:" + internshipId; }
        public String auditDetail() { return stage + "; " + side + "; " + grade; }
    }

    /** A school recorded an offer of a job to a student. */
    public record OfferRecorded(Long hireId, Long studentId, Long enterpriseId) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.hire.offered"; }
        public String auditSubject() { return "hire:" + hireId; }
        public String auditDetail() { return "student=" + studentId + "; enterprise=" + enterpriseId; }
    }

    /** A school recorded that the student was hired; the employer is asked to confirm. */
    public record HireRecorded(Long hireId, Long studentId, Long enterpriseId, java.time.LocalDate hiredOn)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.hire.recorded"; }
        public String auditSubject() { return "hire:" + hireId; }
        public String auditDetail() { return "hired on " + hiredOn; }
    }

    /** The employer confirmed the hire: it counts in confirmed figures. */
    public record HireConfirmed(Long hireId, Long studentId, Long enterpriseId, Long programmeId, Boolean local,
                                Boolean inProvince) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.hire.confirmed"; }
        public String auditSubject() { return "hire:" + hireId; }
        public String auditDetail() { return "local=" + local + "; in-province=" + inProvince; }
    }

    /** A hire's work place was compared again with the school's region after either changed. */
    public record HirePlaced(Long hireId, Long studentId, Boolean local, Boolean inProvince)
            implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.hire.placed"; }
        public String auditSubject() { return "hire:" + hireId; }
        public String auditDetail() { return "local=" + local + "; in-province=" + inProvince; }
    }

    /** The employer disputed the hire, with a reason. */
    public record HireDisputed(Long hireId, Long studentId, Long enterpriseId, String reason) implements AuditedEvent, ProgressChanged {
        public String auditAction() { return "talent.hire.disputed"; }
        public String auditSubject() { return "hire:" + hireId; }
        public String auditDetail() { return reason; }
    }

    /** The school opened a student's own log-in. */
    public record StudentAccountOpened(Long studentId, String username) implements AuditedEvent {
        public String auditAction() { return "talent.student.account-opened"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "username=" + username; }
    }

    /** A student asked for a correction of their data (the field only; the message stays with the request). */
    public record CorrectionRequested(Long studentId, Long requestId, String field) implements AuditedEvent {
        public String auditAction() { return "talent.correction.requested"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "request=" + requestId + "; field=" + field; }
    }

    /** The school answered a correction request. */
    public record CorrectionAnswered(Long studentId, Long requestId, String status) implements AuditedEvent {
        public String auditAction() { return "talent.correction.answered"; }
        public String auditSubject() { return "student:" + studentId; }
        public String auditDetail() { return "request=" + requestId + "; " + status; }
    }

    /** A sheet of internship records was imported into a school (one event for the whole sheet). */
    public record InternshipsImported(Long importId, Long schoolId, int internships) implements AuditedEvent {
        public String auditAction() { return "talent.internships.imported"; }
        public String auditSubject() { return "school:" + schoolId + "/student-import:" + importId; }
        public String auditDetail() { return "internships=" + internships; }
    }
}
