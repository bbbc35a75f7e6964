package org.ronghe.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ronghe.audit.AuditHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an agreement and its obligations, newest first, read from the audit trail (which records every step
 * with its actor): drafted, revised (before and after), signed, documents filed, obligations promised, reported,
 * confirmed or disputed, in force, completed, terminated or expired.
 */
@Component
public class AgreementTimeline {

    static final int SHOWN = 200;

    /** Actions whose detail a reader wants (a reason, a document's title, the terms before and after). */
    private static final Set<String> TOLD =
            Set.of("agreement.revised", "agreement.terminated", "agreement.document-attached", "obligation.disputed");

    private final AuditHistory audit;

    AgreementTimeline(AuditHistory audit) {
        this.audit = audit;
    }

    /** One step; {@code obligationId} when it concerns an obligation, {@code detail} when it tells more. */
    public record Entry(Instant at, String actor, String action, Long obligationId, String detail) {
        public String messageKey() {
            return "timeline." + action;
        }
    }

    @Transactional(readOnly = true)
    public List<Entry> of(Long agreementId) {
        String subject = "agreement:" + agreementId;
        return audit.of(subject, SHOWN).stream()
                .filter(r -> r.action().startsWith("agreement.") || r.action().startsWith("obligation."))
                .filter(r -> !r.action().endsWith(".exported"))
                .map(r -> new Entry(
                        r.occurredAt(),
                        r.actor(),
                        r.action(),
                        obligation(r.subject(), subject),
                        TOLD.contains(r.action()) ? r.detail() : null))
                .toList();
    }

    private static Long obligation(String recordSubject, String subject) {
        String prefix = subject + "/obligation:";
        return recordSubject.startsWith(prefix) ? Long.valueOf(recordSubject.substring(prefix.length())) : null;
    }
}
