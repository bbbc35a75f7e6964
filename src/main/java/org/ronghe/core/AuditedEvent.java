package org.ronghe.core;

/**
 * A domain event that the audit trail records. The audit module writes one record per such event, in the transaction
 * that published it, with the acting user and their address.
 */
public interface AuditedEvent {

    /** What happened, as a stable dotted name such as {@code body.profile-changed}. */
    String auditAction();

    /** What it happened to, such as {@code body:12}. */
    String auditSubject();

    /** Whether the act succeeded; events of refused acts override this. */
    default String auditResult() {
        return "SUCCESS";
    }

    /** The actor when it is not the signed-in user (e.g. a login attempt); null otherwise. */
    default String auditActor() {
        return null;
    }

    /** What changed, e.g. the values before and after; null when the action says it all. */
    default String auditDetail() {
        return null;
    }
}
