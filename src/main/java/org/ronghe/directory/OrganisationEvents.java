package org.ronghe.directory;

import org.ronghe.core.AuditedEvent;

/** Events of the directory module besides {@link OrganisationRegistered}. */
public final class OrganisationEvents {

    private OrganisationEvents() {}

    /** Someone changed what the directory says about an organisation. */
    public record OrganisationRevised(Long organisationId, String name) implements AuditedEvent {
        public String auditAction() {
            return "organisation.revised";
        }

        public String auditSubject() {
            return "organisation:" + organisationId;
        }
    }

    /**
     * A duplicate was merged into the organisation that survives. Modules holding organisation ids move their
     * references from {@code mergedId} to {@code survivorId} when they hear it, in the same transaction.
     */
    public record OrganisationsMerged(Long survivorId, Long mergedId, String mergedName) implements AuditedEvent {
        public String auditAction() {
            return "organisation.merged";
        }

        public String auditSubject() {
            return "organisation:" + survivorId + "/merged:" + mergedId;
        }
    }

    /** Many organisations were registered at once (a roster import); ids run from first to last. */
    public record OrganisationsRegisteredInBulk(int count, Long firstId, Long lastId, String source)
            implements AuditedEvent {
        public String auditAction() {
            return "organisation.registered-in-bulk";
        }

        public String auditSubject() {
            return "organisations:" + firstId + "-" + lastId + "/" + source;
        }
    }
}
