package org.ronghe.audit.web;

import java.time.Instant;
import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.AuditRecords;
import org.ronghe.core.PageResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit trail for platform admins, as a page and as JSON. */
@Controller
class AuditPages {

    private final AuditRecords records;

    AuditPages(AuditRecords records) {
        this.records = records;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("records", search(actor, action, page, 50));
        return "admin/audit";
    }

    @GetMapping("/api/v1/audit-records")
    @ResponseBody
    PageResult<AuditRecordJson> api(@RequestParam(defaultValue = "") String actor,
                                    @RequestParam(defaultValue = "") String action,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return search(actor, action, page, size).map(AuditRecordJson::of);
    }

    private PageResult<AuditRecord> search(String actor, String action, int page, int size) {
        Page<AuditRecord> result = records.search(actor.trim(), action.trim(),
                PageRequest.of(Math.max(0, page), PageResult.clampSize(size)));
        return new PageResult<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    record AuditRecordJson(Long id, Instant occurredAt, String actor, String origin, String action,
                           String subject, String result) {
        static AuditRecordJson of(AuditRecord r) {
            return new AuditRecordJson(r.id(), r.occurredAt(), r.actor(), r.origin(), r.action(), r.subject(), r.result());
        }
    }
}
