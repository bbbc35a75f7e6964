package org.ronghe.docking.imports;

import org.ronghe.core.AuditedEvent;

/** An import of needs or capabilities committed: how many were created, by whom, for which body. */
public record DockingImported(Long importId, DockingImport.Subject subject, Long bodyId, int created, String actor)
        implements AuditedEvent {

    public String auditAction() {
        return subject == DockingImport.Subject.NEEDS ? "docking.need.imported" : "docking.capability.imported";
    }

    public String auditSubject() {
        return "docking-import:" + importId;
    }

    public String auditDetail() {
        return "created=" + created + (bodyId == null ? "" : " body=" + bodyId);
    }
}
