package org.ronghe.training.imports;

import org.ronghe.core.AuditedEvent;

/**
 * An attendance list or a certificate sheet imported: how many rows were written and how many of them now count
 * (completions, or certificates in a body), for which organisation; no one's name or number.
 */
public record TrainingImported(
        Long importId, TrainingImport.Kind kind, Long organisationId, int written, int counted, String actor)
        implements AuditedEvent {

    public String auditAction() {
        return kind == TrainingImport.Kind.ATTENDANCE
                ? "training.attendance.imported"
                : "training.certificates.imported";
    }

    public String auditSubject() {
        return "training-import:" + importId;
    }

    /** The one who uploaded the sheet: the import is written on a thread of its own. */
    @Override
    public String auditActor() {
        return actor;
    }

    public String auditDetail() {
        return (kind == TrainingImport.Kind.ATTENDANCE
                        ? "enrolments=" + written + " completed="
                        : "certificates=" + written + " in-bodies=")
                + counted + " organisation=" + organisationId;
    }
}
