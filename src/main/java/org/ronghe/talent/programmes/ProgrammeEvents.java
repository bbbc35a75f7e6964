package org.ronghe.talent.programmes;

import org.ronghe.core.AuditedEvent;

/** What happens to programmes and their cohorts, for the audit trail and for other modules. */
public final class ProgrammeEvents {

    private ProgrammeEvents() {}

    /** A programme was set up; {@code detail} holds its terms. */
    public record ProgrammeLaunched(Long programmeId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "talent.programme.launched";
        }

        public String auditSubject() {
            return "programme:" + programmeId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A programme's terms changed; {@code detail} holds them before and after. */
    public record ProgrammeRevised(Long programmeId, Long bodyId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "talent.programme.revised";
        }

        public String auditSubject() {
            return "programme:" + programmeId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A programme took in a cohort (one intake year). */
    public record CohortOpened(Long programmeId, Long cohortId, int intakeYear, Integer plannedSize)
            implements AuditedEvent {
        public String auditAction() {
            return "talent.cohort.opened";
        }

        public String auditSubject() {
            return "programme:" + programmeId + "/cohort:" + cohortId;
        }

        public String auditDetail() {
            return "intake=" + intakeYear + "; planned=" + plannedSize;
        }
    }
}
