package org.ronghe.research;

import org.ronghe.core.AuditedEvent;

/** What happens to projects and their money, for the audit trail and for other modules (evaluation counts them). */
public final class ResearchEvents {

    private ResearchEvents() {}

    /** A change of a project; {@code detail} says what (terms, a reason, an amount). */
    public record ProjectChanged(Long projectId, Long bodyId, Step step, String detail) implements AuditedEvent {
        public String auditAction() {
            return "research.project." + step.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String auditSubject() {
            return "project:" + projectId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A step of a project's life. */
    public enum Step {
        PLANNED,
        REVISED,
        STARTED,
        ACCEPTED,
        TERMINATED
    }

    /** A step of a funding tranche; {@code detail} holds the amount and parties or the dispute's reason. */
    public record TrancheChanged(Long projectId, Long trancheId, Long bodyId, TrancheStep step, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "research.tranche." + step.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String auditSubject() {
            return "project:" + projectId + "/tranche:" + trancheId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** Declared by the payer, confirmed or disputed by the payee. */
    public enum TrancheStep {
        DECLARED,
        CONFIRMED,
        DISPUTED
    }
}
