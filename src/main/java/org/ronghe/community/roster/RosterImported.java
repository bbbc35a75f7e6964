package org.ronghe.community.roster;

import org.ronghe.core.AuditedEvent;

/** A roster import committed: how many organisations were created and how many became members. */
record RosterImported(Long bodyId, Long importId, int created, int admitted, int reopened, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "roster.imported";
    }

    @Override
    public String auditSubject() {
        return "body:" + bodyId + "/roster-import:" + importId + "/created:" + created + "/admitted:"
                + (admitted + reopened);
    }

    @Override
    public String auditActor() {
        return actor;
    }
}
