package org.ronghe.community.roster;

import org.ronghe.core.AuditedEvent;

/** Someone downloaded a body's roster (which statuses, how many rows). */
public record RosterExported(Long bodyId, String statuses, int rows) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "roster.exported";
    }

    @Override
    public String auditSubject() {
        return "body:" + bodyId + "/statuses:" + statuses + "/rows:" + rows;
    }
}
