package org.ronghe.audit.internal;

import java.time.Instant;
import org.ronghe.audit.AuditRecorder;
import org.ronghe.core.Actor;
import org.ronghe.core.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes an audit record for every {@link AuditedEvent}, synchronously and inside the publisher's transaction: the
 * record exists exactly when the change it describes was committed.
 */
@Component
class AuditTrail {

    private final AuditRecorder recorder;

    AuditTrail(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    @Transactional
    void on(AuditedEvent event) {
        String actor = event.auditActor() != null ? event.auditActor() : Actor.current();
        recorder.record(
                Instant.now(),
                actor,
                currentOrigin(),
                event.auditAction(),
                event.auditSubject(),
                event.auditResult(),
                event.auditDetail());
    }

    private static String currentOrigin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "system";
    }
}
