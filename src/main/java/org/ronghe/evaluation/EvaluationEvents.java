package org.ronghe.evaluation;

import org.ronghe.core.AuditedEvent;

/** What happens to evaluation cycles, recorded in the audit trail. */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    /** A cycle was opened, submitted (its figures frozen) or graded. */
    public record EvaluationStepTaken(Long evaluationId, Long bodyId, int year, String step) implements AuditedEvent {

        @Override
        public String auditAction() {
            return "evaluation." + step;
        }

        @Override
        public String auditSubject() {
            return "evaluation:" + evaluationId;
        }

        @Override
        public String auditDetail() {
            return "body " + bodyId + ", " + year;
        }
    }

    /** The reviewer changed a point's score, saying why. */
    public record ScoreAdjusted(Long evaluationId, String point, String before, String after, String reason)
            implements AuditedEvent {

        @Override
        public String auditAction() {
            return "evaluation.score-adjusted";
        }

        @Override
        public String auditSubject() {
            return "evaluation:" + evaluationId;
        }

        @Override
        public String auditDetail() {
            return point + ": " + before + " -> " + after + " (" + reason + ")";
        }
    }
}
