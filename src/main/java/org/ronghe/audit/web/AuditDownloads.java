package org.ronghe.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.AuditWords;
import org.ronghe.core.AuditedEvent;
import org.ronghe.core.web.FileDownloads;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit trail as .xlsx, filtered as on its page (at most {@value #EXPORT_MAX} records); the export is audited. */
@Controller
class AuditDownloads {

    static final int EXPORT_MAX = 100_000;

    private final AuditSearches searches;
    private final AuditWords words;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    AuditDownloads(AuditSearches searches, AuditWords words, ApplicationEventPublisher events, MessageSource messages) {
        this.searches = searches;
        this.words = words;
        this.events = events;
        this.messages = messages;
    }

    /** The trail was exported: who took how many records, filtered how. */
    record AuditExported(String filter, int rows) implements AuditedEvent {
        public String auditAction() {
            return "audit.exported";
        }

        public String auditSubject() {
            return "audit-records";
        }

        public String auditDetail() {
            return filter + "; rows=" + rows;
        }
    }

    @GetMapping({"/admin/audit.xlsx", "/api/v1/audit-records/export"})
    void export(@ParameterObject @ModelAttribute AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        List<AuditRecord> all = searches.search(filter, 0, EXPORT_MAX).items();
        FileDownloads.prepareXlsx(
                response, messages.getMessage("audit.title", null, locale) + "-" + LocalDate.now() + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("audit.title", null, locale));
            List<String> headers = List.of(
                    "audit.when",
                    "audit.actor",
                    "audit.origin",
                    "audit.action",
                    "audit.action.code",
                    "audit.subject",
                    "audit.result",
                    "audit.detail");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(headers.get(c), null, locale));
            }
            int row = 1;
            for (AuditWords.Described d : words.describeAll(all, locale)) {
                AuditRecord r = d.record();
                Row line = sheet.createRow(row++);
                line.createCell(0)
                        .setCellValue(r.occurredAt()
                                .atZone(ZoneId.of("Asia/Shanghai"))
                                .toLocalDateTime()
                                .toString());
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
}
