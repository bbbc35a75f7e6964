package org.ronghe.audit;

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
        return records.search("", "", PageRequest.of(0, limit)).getContent();
    }
}
