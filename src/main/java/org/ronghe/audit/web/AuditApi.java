package org.ronghe.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.AuditWords;
import org.ronghe.core.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as JSON: searched, filtered and paged as on its page, each record described in the user's language.
 */
@RestController
class AuditApi {

    private final AuditSearches searches;
    private final AuditWords words;

    AuditApi(AuditSearches searches, AuditWords words) {
        this.searches = searches;
        this.words = words;
    }

    @GetMapping("/api/v1/audit-records")
    PageResult<AuditRecordJson> api(
            @ParameterObject @ModelAttribute AuditFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        PageResult<AuditRecord> found = searches.search(filter, page, size);
        List<AuditRecordJson> described = words.describeAll(found.items(), locale).stream()
                .map(AuditRecordJson::of)
                .toList();
        return new PageResult<>(described, found.page(), found.size(), found.total(), found.totalExact());
    }

    record AuditRecordJson(
            Long id,
            Instant occurredAt,
            String actor,
            String origin,
            String action,
            String actionText,
            String subject,
            String subjectText,
            String result,
            String resultText) {
        static AuditRecordJson of(AuditWords.Described d) {
            AuditRecord r = d.record();
            return new AuditRecordJson(
                    r.id(),
                    r.occurredAt(),
                    r.actor(),
                    d.origin(),
                    r.action(),
                    d.action(),
                    r.subject(),
                    d.subjectText(),
                    r.result(),
                    d.result());
        }
    }
}
