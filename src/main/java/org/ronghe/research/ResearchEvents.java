package org.ronghe.research;

import org.ronghe.core.AuditedEvent;

/** What happens to projects and their money, for the audit trail and for other modules (evaluation counts them). */
public final class ResearchEvents {

    private ResearchEvents() {}

    /**
     * A change of a project; {@code detail} says what (terms, a reason, an amount), investigators' names only masked.
     */
    public record ProjectChanged(Long projectId, Long bodyId, Step step, String detail) implements AuditedEvent {
        public String auditAction() {
            return "research.project."
                    + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
        TERMINATED,
        INVESTIGATOR_NAMED,
        INVESTIGATOR_UNNAMED
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

    /** A step of a milestone: planned, submitted by a performer, accepted or returned by a client. */
    public record MilestoneChanged(Long projectId, Long milestoneId, Long bodyId, String step, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "research.milestone." + step;
        }

        public String auditSubject() {
            return "project:" + projectId + "/milestone:" + milestoneId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** An output was recorded; {@code detail} holds its kind, identifier and owners. */
    public record OutputRecorded(Long projectId, Long outputId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "research.output.recorded";
        }

        public String auditSubject() {
            return "project:" + projectId + "/output:" + outputId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A step of a transfer of results: recorded, confirmed by a side, disputed. */
    public record TransferChanged(Long transferId, Long bodyId, String step, String detail) implements AuditedEvent {
        public String auditAction() {
            return "research.transfer." + step;
        }

        public String auditSubject() {
            return "transfer:" + transferId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A studio opened or revised; {@code detail} holds its terms without any person's name. */
    public record StudioChanged(Long studioId, Long bodyId, String step, String detail) implements AuditedEvent {
        public String auditAction() {
            return "research.studio." + step;
        }

        public String auditSubject() {
            return "studio:" + studioId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** An innovation of a studio recorded by its host, confirmed or disputed by the body's secretariat. */
    public record InnovationChanged(Long studioId, Long innovationId, Long bodyId, String step, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "research.innovation." + step;
        }

        public String auditSubject() {
            return "studio:" + studioId + "/innovation:" + innovationId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A training session a studio gave, recorded by its host; {@code detail} holds date, topic, people and hours. */
    public record StudioTrainingRecorded(Long studioId, Long trainingId, Long bodyId, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "research.studio-training.recorded";
        }

        public String auditSubject() {
            return "studio:" + studioId + "/training:" + trainingId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A list of projects, tranches, outputs or transfers was exported; {@code scope} names which and its filter. */
    public record ResearchExported(String scope, int records) implements AuditedEvent {
        public String auditAction() {
            return "research.exported";
        }

        public String auditSubject() {
            return scope;
        }

        public String auditDetail() {
            return records + " rows";
        }
    }
}
