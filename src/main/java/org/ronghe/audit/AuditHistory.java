package org.ronghe.audit;

import java.time.Instant;
import java.util.List;
import org.ronghe.audit.internal.AuditRecords;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail as other modules read it: what happened to a subject, and what happened last. */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditRecords records;

    AuditHistory(AuditRecords records) {
        this.records = records;
    }

    /** What happened to a subject and to the things under it ({@code subject/…}), newest first. */
    public List<AuditRecord> of(String subject, int limit) {
        return records.history(subject, Limit.of(limit));
    }

    /** The latest records of the whole trail, newest first. */
    public List<AuditRecord> latest(int limit) {
        return records.find(Instant.EPOCH, END_OF_TIME, "", "", "", PageRequest.of(0, limit)).getContent();
    }
}
