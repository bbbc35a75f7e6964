package org.ronghe.docking.capabilities;

import org.ronghe.core.AuditedEvent;

/** What happens to the catalogue, for the audit trail and for matching. */
public final class CapabilityEvents {

    private CapabilityEvents() {}

    /** An organisation offered a capability; {@code detail} holds its terms (an expert's name left out). */
    public record CapabilityOffered(Long capabilityId, Long organisationId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "docking.capability.offered";
        }

        public String auditSubject() {
            return "capability:" + capabilityId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A capability's terms changed; {@code detail} holds them before and after. */
    public record CapabilityRevised(Long capabilityId, String detail) implements AuditedEvent {
        public String auditAction() {
            return "docking.capability.revised";
        }

        public String auditSubject() {
            return "capability:" + capabilityId;
        }

        public String auditDetail() {
            return detail;
        }
    }

    /** A capability is no longer offered. */
    public record CapabilityWithdrawn(Long capabilityId) implements AuditedEvent {
        public String auditAction() {
            return "docking.capability.withdrawn";
        }

        public String auditSubject() {
            return "capability:" + capabilityId;
        }
    }
}
