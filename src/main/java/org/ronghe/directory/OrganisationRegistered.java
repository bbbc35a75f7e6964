package org.ronghe.directory;

import org.ronghe.core.AuditedEvent;

/** A new organisation was added to the directory. */
public record OrganisationRegistered(Long organisationId, String name) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "organisation.registered";
    }

    @Override
    public String auditSubject() {
        return "organisation:" + organisationId;
    }
}
