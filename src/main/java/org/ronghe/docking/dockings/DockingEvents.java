package org.ronghe.docking.dockings;

import org.ronghe.core.AuditedEvent;

/** What happens to dockings, for the audit trail and for the docking funnel. */
public final class DockingEvents {

    private DockingEvents() {}

    /** Something happened to a docking: {@code action} is the step, {@code detail} its note. */
    public record DockingChanged(
            Long dockingId, Long bodyId, DockingStep.Action action, DockingSide side, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "docking.docking."
                    + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String auditSubject() {
            return "docking:" + dockingId;
        }

        public String auditDetail() {
            return side + (detail == null ? "" : "\n" + detail);
        }
    }
}
