package org.ronghe.audit;

import java.time.Instant;
import org.ronghe.audit.internal.AuditRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appends records to the audit trail. */
@Component
public class AuditRecorder {

    private final AuditRecords records;

    AuditRecorder(AuditRecords records) {
        this.records = records;
    }

    @Transactional
    public AuditRecord record(Instant at, String actor, String origin, String action, String subject, String result) {
        return record(at, actor, origin, action, subject, result, null);
    }

    @Transactional
    public AuditRecord record(
            Instant at, String actor, String origin, String action, String subject, String result, String detail) {
        return records.save(new AuditRecord(at, actor, origin, action, subject, result, detail));
    }
}
