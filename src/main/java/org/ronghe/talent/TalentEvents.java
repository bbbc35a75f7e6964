package org.ronghe.talent;

import org.ronghe.core.AuditedEvent;

/** What happens in the talent pipeline, for the audit trail and for other modules (evaluation counts them). */
public final class TalentEvents {

    private TalentEvents() {
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
}
