package org.ronghe.agreement;

import java.time.LocalDate;
import java.util.UUID;
import org.ronghe.core.AuditedEvent;

/** What happens to agreements, for the audit trail and for other modules (evaluation counts signed agreements). */
public final class AgreementEvents {

    private AgreementEvents() {}

    /** An event after which the agreement's figures (dashboard counts and sums) may differ. */
    public interface AgreementChanged {
        Long agreementId();
    }

    /** A draft was created; {@code detail} holds its terms. */
    public record AgreementDrafted(Long agreementId, Long bodyId, String detail)
            implements AuditedEvent, AgreementChanged {
        public String auditAction() {
            return "agreement.drafted";
        }

        public String auditSubject() {
            return "agreement:" + agreementId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** Its terms changed; {@code detail} holds them before and after. */
    public record AgreementRevised(Long agreementId, Long bodyId, String detail)
            implements AuditedEvent, AgreementChanged {
        public String auditAction() {
            return "agreement.revised";
        }

        public String auditSubject() {
            return "agreement:" + agreementId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** An obligation was added to an agreement. */
    public record ObligationPromised(Long agreementId, Long obligationId, Long partyId)
            implements AuditedEvent, AgreementChanged {
        public String auditAction() {
            return "obligation.promised";
        }

        public String auditSubject() {
            return "agreement:" + agreementId + "/obligation:" + obligationId;
        }

        public String auditDetail() {
            return "party=" + partyId;
        }
    }

    /** The obligated party reported what it achieved. */
    public record ObligationReported(Long agreementId, Long obligationId, Long partyId)
            implements AuditedEvent, AgreementChanged {
        public String auditAction() {
            return "obligation.reported";
        }

        public String auditSubject() {
            return "agreement:" + agreementId + "/obligation:" + obligationId;
        }
    }

    /** Another party confirmed the report: the promise was kept (for evaluation: a confirmed fulfilment). */
    public record ObligationConfirmed(
            Long agreementId, Long obligationId, Long partyId, Long confirmedBy, LocalDate periodDueOn)
            implements AuditedEvent, AgreementChanged {
        public String auditAction() {
            return "obligation.confirmed";
        }

        public String auditSubject() {
            return "agreement:" + agreementId + "/obligation:" + obligationId;
        }

        public String auditDetail() {
            return "by=" + confirmedBy + "; period=" + periodDueOn;
        }
    }

    /** Another party disputed the report, with a reason. */
    public record ObligationDisputed(Long agreementId, Long obligationId, Long disputedBy, String reason)
            implements AuditedEvent {
        public String auditAction() {
            return "obligation.disputed";
        }

        public String auditSubject() {
            return "agreement:" + agreementId + "/obligation:" + obligationId;
        }

        public String auditDetail() {
            return "by=" + disputedBy + "; " + reason;
        }
    }

    /** A document (signed scan, annex) was filed with an agreement. */
    public record DocumentAttached(Long agreementId, Long bodyId, UUID fileId, String title) implements AuditedEvent {
        public String auditAction() {
            return "agreement.document-attached";
        }

        public String auditSubject() {
            return "agreement:" + agreementId;
        }

        public String auditDetail() {
            return title + " (" + fileId + ")";
        }
    }

    /** One agreement's obligations were exported. */
    public record ObligationsExported(Long agreementId, int rows) implements AuditedEvent {
        public String auditAction() {
            return "obligation.exported";
        }

        public String auditSubject() {
            return "agreement:" + agreementId;
        }

        public String auditDetail() {
            return "rows=" + rows;
        }
    }

    /** A list of agreements was exported; {@code filter} says which. */
    public record AgreementsExported(String filter, int rows) implements AuditedEvent {
        public String auditAction() {
            return "agreement.exported";
        }

        public String auditSubject() {
            return "agreements";
        }

        public String auditDetail() {
            return filter + "; rows=" + rows;
        }
    }

    /** A step in an agreement's life after drafting. */
    public sealed interface StepTaken extends AuditedEvent, AgreementChanged
            permits AgreementSigned,
                    PartySigned,
                    AgreementInForce,
                    AgreementCompleted,
                    AgreementTerminated,
                    AgreementExpired {
        Long agreementId();

        Long bodyId();

        default String auditSubject() {
            return "agreement:" + agreementId();
        }
    }

    public record AgreementSigned(Long agreementId, Long bodyId, LocalDate signedOn) implements StepTaken {
        public String auditAction() {
            return "agreement.signed";
        }

        public String auditDetail() {
            return "signedOn=" + signedOn;
        }
    }

    /** One party signed (or the secretariat recorded its signature on its behalf, with the scan). */
    public record PartySigned(
            Long agreementId, Long bodyId, Long organisationId, LocalDate signedOn, boolean onBehalf, int unsigned)
            implements StepTaken {
        public String auditAction() {
            return onBehalf ? "agreement.signed-on-behalf" : "agreement.party-signed";
        }

        public String auditDetail() {
            return "organisation=" + organisationId + "; signedOn=" + signedOn + "; unsigned=" + unsigned;
        }
    }

    public record AgreementInForce(Long agreementId, Long bodyId) implements StepTaken {
        public String auditAction() {
            return "agreement.in-force";
        }
    }

    public record AgreementCompleted(Long agreementId, Long bodyId) implements StepTaken {
        public String auditAction() {
            return "agreement.completed";
        }
    }

    public record AgreementTerminated(Long agreementId, Long bodyId, String reason) implements StepTaken {
        public String auditAction() {
            return "agreement.terminated";
        }

        public String auditDetail() {
            return reason;
        }
    }

    /** Expired by the scheduler at the end of its term. */
    public record AgreementExpired(Long agreementId, Long bodyId, LocalDate termEndedOn) implements StepTaken {
        public String auditAction() {
            return "agreement.expired";
        }

        public String auditActor() {
            return "system";
        }

        public String auditDetail() {
            return "termEndsOn=" + termEndedOn;
        }
    }
}
