package org.ronghe.audit.web;

import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.internal.AuditRecords;
import org.ronghe.core.PageResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Finds audit records by a filter, one page at a time (or up to the export's limit). */
@Component
class AuditSearches {

    private final AuditRecords records;

    AuditSearches(AuditRecords records) {
        this.records = records;
    }

    PageResult<AuditRecord> search(AuditFilter filter, int page, int size) {
        Page<AuditRecord> result = records.find(
                filter.start(),
                filter.end(),
                filter.actorOrBlank(),
                filter.actionOrBlank(),
                filter.subjectOrBlank(),
                PageRequest.of(
                        Math.max(0, page), size == AuditDownloads.EXPORT_MAX ? size : PageResult.clampSize(size)));
        return new PageResult<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }
}
