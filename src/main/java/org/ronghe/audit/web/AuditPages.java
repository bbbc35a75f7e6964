package org.ronghe.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.internal.AuditRecords;
import org.ronghe.audit.AuditWords;
import org.ronghe.core.AuditedEvent;
import org.ronghe.core.PageResult;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.directory.MembershipLookup;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit trail for platform admins, as a page, as JSON and as .xlsx: filtered by days, actor, action and body;
 * actions, results and subjects in words with links to what they concern. Every export is itself audited.
 */
@Controller
class AuditPages {

    static final int EXPORT_MAX = 100_000;
    private static final List<String> ACTION_GROUPS = List.of("login", "access", "account", "token", "body", "membership",
            "roster", "organisation", "agreement", "obligation", "talent", "personal-data", "audit");

    private final AuditRecords records;
    private final AuditWords words;
    private final Optional<MembershipLookup> memberships;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    AuditPages(AuditRecords records, AuditWords words, Optional<MembershipLookup> memberships,
               ApplicationEventPublisher events, MessageSource messages) {
        this.records = records;
        this.words = words;
        this.memberships = memberships;
        this.events = events;
        this.messages = messages;
    }

    /** The trail was exported: who took how many records, filtered how. */
    record AuditExported(String filter, int rows) implements AuditedEvent {
        public String auditAction() { return "audit.exported"; }
        public String auditSubject() { return "audit-records"; }
        public String auditDetail() { return filter + "; rows=" + rows; }
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Locale locale,
                Model model) {
        PageResult<AuditRecord> found = search(filter, page, 50);
        model.addAttribute("records", found);
        model.addAttribute("rows", words.describeAll(found.items(), locale));
        model.addAttribute("groups", ACTION_GROUPS);
        model.addAttribute("bodies", memberships.map(MembershipLookup::bodies).orElse(List.of()));
        return "admin/audit";
    }

    @GetMapping("/api/v1/audit-records")
    @ResponseBody
    PageResult<AuditRecordJson> api(@ParameterObject @ModelAttribute AuditFilter filter,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size, Locale locale) {
        PageResult<AuditRecord> found = search(filter, page, size);
        List<AuditRecordJson> described = words.describeAll(found.items(), locale).stream().map(AuditRecordJson::of)
                .toList();
        return new PageResult<>(described, found.page(), found.size(), found.total(), found.totalExact());
    }

    @GetMapping({"/admin/audit.xlsx", "/api/v1/audit-records/export"})
    void export(@ParameterObject @ModelAttribute AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<AuditRecord> all = search(filter, 0, EXPORT_MAX).items();
        FileDownloads.prepareXlsx(response, messages.getMessage("audit.title", null, locale) + "-" + LocalDate.now() + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("audit.title", null, locale));
            List<String> headers = List.of("audit.when", "audit.actor", "audit.origin", "audit.action", "audit.action.code",
                    "audit.subject", "audit.result", "audit.detail");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(headers.get(c), null, locale));
            }
            int row = 1;
            for (AuditWords.Described d : words.describeAll(all, locale)) {
                AuditRecord r = d.record();
                Row line = sheet.createRow(row++);
                line.createCell(0).setCellValue(r.occurredAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString());
                line.createCell(1).setCellValue(r.actor());
                line.createCell(2).setCellValue(d.origin());
                line.createCell(3).setCellValue(d.action());
                line.createCell(4).setCellValue(r.action());
                line.createCell(5).setCellValue(d.subjectText());
                line.createCell(6).setCellValue(d.result());
                line.createCell(7).setCellValue(r.detail() == null ? "" : r.detail());
            }
            workbook.write(response.getOutputStream());
        }
        events.publishEvent(new AuditExported(filter.toString(), all.size()));
    }

    private PageResult<AuditRecord> search(AuditFilter filter, int page, int size) {
        Page<AuditRecord> result = records.find(filter.start(), filter.end(), filter.actorOrBlank(), filter.actionOrBlank(),
                filter.subjectOrBlank(), PageRequest.of(Math.max(0, page), size == EXPORT_MAX ? size : PageResult.clampSize(size)));
        return new PageResult<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    record AuditRecordJson(Long id, Instant occurredAt, String actor, String origin, String action, String actionText,
                           String subject, String subjectText, String result, String resultText) {
        static AuditRecordJson of(AuditWords.Described d) {
            AuditRecord r = d.record();
            return new AuditRecordJson(r.id(), r.occurredAt(), r.actor(), d.origin(), r.action(), d.action(), r.subject(),
                    d.subjectText(), r.result(), d.result());
        }
    }
}
