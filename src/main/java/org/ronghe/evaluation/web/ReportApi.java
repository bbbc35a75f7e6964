package org.ronghe.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.cycles.ReportSection;
import org.ronghe.evaluation.report.ReportDocument;
import org.ronghe.evaluation.report.ReportFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The annual report of an evaluation's body and year: its download as .docx, .pdf or .xlsx (for anyone who reads the
 * evaluation), and the secretariat's own sections in it.
 */
@RestController
class ReportApi {

    private final EvaluationBook book;
    private final EvaluationViews views;
    private final AnnualReports reports;
    private final MessageSource messages;
    private final Clock clock;

    ReportApi(EvaluationBook book, EvaluationViews views, AnnualReports reports, MessageSource messages, Clock clock) {
        this.book = book;
        this.views = views;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    record Sections(Long version, List<ReportSection> sections) {}

    @GetMapping({"/api/v1/evaluations/{id}/report.{format}", "/evaluations/{id}/report.{format}"})
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    @Operation(
            summary = "The annual report (年度质量报告) as docx, pdf or xlsx: the figures of the evaluation with their"
                    + " sources, charts, and the secretariat's sections; in the caller's language")
    ResponseEntity<byte[]> report(@PathVariable Long id, @PathVariable String format) throws IOException {
        ReportFormat wanted = ReportFormat.of(format);
        if (wanted == null) {
            throw new NotFound("report format", format);
        }
        Evaluation evaluation = book.get(id);
        var locale = LocaleContextHolder.getLocale();
        ReportDocument report = reports.of(
                evaluation,
                LocalDate.now(clock),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(),
                locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wanted.write(
                report,
                messages.getMessage("evaluation.report.text.sheet", null, locale),
                messages.getMessage("evaluation.report.charts.sheet", null, locale),
                out);
        return FileDownloads.attachment(
                out.toByteArray(), wanted.mediaType(), report.title() + "." + wanted.extension());
    }

    @PutMapping("/api/v1/evaluations/{id}/report-sections")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "Replace the secretariat's own sections of the annual report, in order (at most 20)")
    EvaluationViews.EvaluationView sections(@PathVariable Long id, @RequestBody Sections sections) {
        return views.of(book.writeSections(
                id, Versions.read(sections.version()), sections.sections() == null ? List.of() : sections.sections()));
    }
}
