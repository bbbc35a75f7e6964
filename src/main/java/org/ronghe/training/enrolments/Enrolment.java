package org.ronghe.training.enrolments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.RuleBroken;
import org.ronghe.training.courses.TrainingKind;
import org.ronghe.training.courses.TrainingSession;
import org.ronghe.training.figures.TrainingFigureRow;

/**
 * A worker sent by an enterprise to a session, the worker's name, ID and mobile numbers sealed (masked forms to show).
 * The provider records the hours attended and the result; the enterprise confirms its worker attended, or disputes it
 * with a reason. The training counts — a completion — only once the provider passed the worker and the enterprise
 * confirmed; neither side decides for the other, and an organisation on both sides cannot confirm its own result.
 */
@Entity
@Table(name = "training_enrolments")
public class Enrolment {

    /** The provider's result. */
    public enum Result {
        PENDING,
        PASSED,
        FAILED;

        public String messageKey() {
            return "training.enrolment.result." + name();
        }
    }

    /** The sending enterprise's word on attendance. */
    public enum Confirmation {
        PENDING,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "training.enrolment.confirmation." + name();
        }
    }

    /** The worker's personal data as kept: sealed, fingerprinted, masked. */
    public record Worker(
            String nameSealed,
            String nameMasked,
            String idSealed,
            String idFingerprint,
            String idMasked,
            String mobileSealed,
            String mobileMasked) {}

    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;

    private Long courseId;

    private Long bodyId;

    private Long providerId;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private TrainingKind kind;

    private int sessionHours;

    private String workerNameSealed;

    private String workerNameMasked;

    private String idSealed;

    private String idFingerprint;

    private String idMasked;

    private String mobileSealed;

    private String mobileMasked;

    private String purpose;

    private Instant consentAt;

    private String consentBy;

    private Integer hoursAttended;

    @Enumerated(EnumType.STRING)
    private Result result;

    private Instant resultAt;

    private String resultBy;

    @Enumerated(EnumType.STRING)
    private Confirmation confirmation;

    private Instant confirmationAt;

    private String confirmationBy;

    private String disputeReason;

    private LocalDate completedOn;

    @Version
    private long version;

    protected Enrolment() {}

    static Enrolment enrol(
            TrainingSession session, Long enterpriseId, Worker worker, String purpose, Instant at, String actor) {
        Enrolment e = new Enrolment();
        e.sessionId = session.id();
        e.courseId = session.courseId();
        e.bodyId = session.bodyId();
        e.providerId = session.providerId();
        e.enterpriseId = enterpriseId;
        e.kind = session.kind();
        e.sessionHours = session.hours();
        e.workerNameSealed = worker.nameSealed();
        e.workerNameMasked = worker.nameMasked();
        e.idSealed = worker.idSealed();
        e.idFingerprint = worker.idFingerprint();
        e.idMasked = worker.idMasked();
        e.mobileSealed = worker.mobileSealed();
        e.mobileMasked = worker.mobileMasked();
        e.purpose = purpose;
        e.consentAt = at;
        e.consentBy = actor;
        e.result = Result.PENDING;
        e.confirmation = Confirmation.PENDING;
        return e;
    }

    /** The provider records how many of the session's hours the worker attended. */
    void recordAttendance(Long byOrganisation, int hours) {
        requireProvider(byOrganisation);
        if (result != Result.PENDING) {
            throw new RuleBroken("training.enrolment.result-decided");
        }
        if (hours < 0 || hours > sessionHours) {
            throw new RuleBroken("training.enrolment.hours-range", sessionHours);
        }
        hoursAttended = hours;
    }

    /** The provider passes or fails the worker; counts when the enterprise has confirmed too. */
    void decide(Long byOrganisation, boolean passed, LocalDate today, Instant at, String actor) {
        requireProvider(byOrganisation);
        if (result != Result.PENDING) {
            throw new RuleBroken("training.enrolment.result-decided");
        }
        result = passed ? Result.PASSED : Result.FAILED;
        resultAt = at;
        resultBy = actor;
        complete(today);
    }

    /** The enterprise confirms its worker attended. */
    void confirm(Long byOrganisation, LocalDate today, Instant at, String actor) {
        requireEnterpriseOnPending(byOrganisation);
        confirmation = Confirmation.CONFIRMED;
        confirmationAt = at;
        confirmationBy = actor;
        complete(today);
    }

    /** The enterprise says its worker did not attend as recorded, and why; the training never counts then. */
    void dispute(Long byOrganisation, String reason, Instant at, String actor) {
        requireEnterpriseOnPending(byOrganisation);
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("training.enrolment.dispute-reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleBroken("training.enrolment.reason-too-long", REASON_MAX);
        }
        disputeReason = reason.strip();
        confirmation = Confirmation.DISPUTED;
        confirmationAt = at;
        confirmationBy = actor;
    }

    private void complete(LocalDate today) {
        if (result == Result.PASSED && confirmation == Confirmation.CONFIRMED) {
            completedOn = today;
        }
    }

    private void requireProvider(Long byOrganisation) {
        if (!providerId.equals(byOrganisation)) {
            throw new RuleBroken("training.enrolment.provider-only");
        }
    }

    private void requireEnterpriseOnPending(Long byOrganisation) {
        if (providerId.equals(byOrganisation)) {
            throw new RuleBroken("training.enrolment.self-confirmation");
        }
        if (!enterpriseId.equals(byOrganisation)) {
            throw new RuleBroken("training.enrolment.enterprise-only");
        }
        if (confirmation != Confirmation.PENDING) {
            throw new RuleBroken("training.enrolment.confirmation-decided");
        }
    }

    public Long id() {
        return id;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long courseId() {
        return courseId;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long providerId() {
        return providerId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public TrainingKind kind() {
        return kind;
    }

    /** What this enrolment adds to the figures: a completion's person-time and hours (attended, else the session's). */
    public List<TrainingFigureRow> figureRows() {
        return completedOn == null
                ? List.of()
                : TrainingFigureRow.completion(
                        bodyId,
                        completedOn,
                        enterpriseId,
                        providerId,
                        kind.name(),
                        hoursAttended == null ? sessionHours : hoursAttended);
    }

    public int sessionHours() {
        return sessionHours;
    }

    public String workerNameMasked() {
        return workerNameMasked;
    }

    public String idMasked() {
        return idMasked;
    }

    public String idFingerprint() {
        return idFingerprint;
    }

    public String mobileMasked() {
        return mobileMasked;
    }

    public String purpose() {
        return purpose;
    }

    public Instant consentAt() {
        return consentAt;
    }

    public Integer hoursAttended() {
        return hoursAttended;
    }

    public Result result() {
        return result;
    }

    public Confirmation confirmation() {
        return confirmation;
    }

    public String disputeReason() {
        return disputeReason;
    }

    /** The day both sides had spoken (passed and confirmed), or null: only then does the training count. */
    public LocalDate completedOn() {
        return completedOn;
    }

    public boolean completed() {
        return completedOn != null;
    }

    public long version() {
        return version;
    }
}
