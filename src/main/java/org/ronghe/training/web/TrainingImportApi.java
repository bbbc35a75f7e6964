package org.ronghe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.training.imports.TrainingImport;
import org.ronghe.training.imports.TrainingImport.Kind;
import org.ronghe.training.imports.TrainingImports;
import org.ronghe.training.imports.TrainingTemplates;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attendance lists and certificates from .xlsx: uploading (202 with the job, which runs in the background), the job's
 * status with its row report, and the templates. Only the provider's or issuer's admins import.
 */
@RestController
@Tag(name = "Training imports", description = "Attendance lists and certificates from .xlsx (up to 100,000 rows)")
class TrainingImportApi {

    static final int PROBLEMS_ANSWERED = 2_000;

    private final TrainingImports imports;
    private final TrainingTemplates templates;
    private final MessageSource messages;

    TrainingImportApi(TrainingImports imports, TrainingTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/trainings/attendance-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@trainingImportAccess.canImportFor(#providerId)")
    @Operation(
            summary = "Import an attendance list for providerId: columns session id, ID number, hours attended, "
                    + "result (合格 / 不合格 / blank); every row must name a session of the provider and a worker "
                    + "enrolled in it. One invalid row refuses the sheet unless validOnly")
    ResponseEntity<ImportReport> attendance(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam Long providerId,
            @RequestParam(defaultValue = "false") boolean validOnly,
            Locale locale)
            throws IOException {
        requireFile(file);
        return accepted(
                imports.startAttendance(providerId, null, file.getOriginalFilename(), file.getInputStream(), validOnly),
                "/api/v1/trainings/attendance-imports/",
                locale);
    }

    @GetMapping("/api/v1/trainings/attendance-imports/{id}")
    @PreAuthorize("@trainingImportAccess.canSee(#id)")
    @Operation(
            summary = "An attendance import's status (QUEUED, VALIDATING, REJECTED, IMPORTING, DONE, FAILED) and its "
                    + "row report: row, column letter, reason in the caller's language; never a name or ID number")
    ImportReport attendanceStatus(@PathVariable Long id, Locale locale) {
        return report(id, Kind.ATTENDANCE, locale);
    }

    @PostMapping(path = "/api/v1/certificates/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@trainingImportAccess.canImportFor(#issuerId)")
    @Operation(
            summary = "Import certificates issued by issuerId: number, kind, level, occupation, occupation code, date, "
                    + "holder kind, holder's organisation (credit code), name, ID number, session (optional: the "
                    + "holder's enrolment in it, counted in its body). Numbers new; one invalid row refuses the sheet")
    ResponseEntity<ImportReport> certificates(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam Long issuerId,
            @RequestParam(defaultValue = "false") boolean validOnly,
            Locale locale)
            throws IOException {
        requireFile(file);
        return accepted(
                imports.startCertificates(issuerId, file.getOriginalFilename(), file.getInputStream(), validOnly),
                "/api/v1/certificates/imports/",
                locale);
    }

    @GetMapping("/api/v1/certificates/imports/{id}")
    @PreAuthorize("@trainingImportAccess.canSee(#id)")
    @Operation(summary = "A certificate import's status and its row report (never a name or ID number)")
    ImportReport certificatesStatus(@PathVariable Long id, Locale locale) {
        return report(id, Kind.CERTIFICATES, locale);
    }

    @GetMapping({"/api/v1/trainings/attendance-imports/template", "/trainings/attendance-template.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The attendance import template (.xlsx), headed in the caller's language")
    void attendanceTemplate(HttpServletResponse response, Locale locale) throws IOException {
        template(Kind.ATTENDANCE, response, locale);
    }

    @GetMapping({"/api/v1/certificates/imports/template", "/certificates/import-template.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The certificate import template (.xlsx), headed in the caller's language")
    void certificatesTemplate(HttpServletResponse response, Locale locale) throws IOException {
        template(Kind.CERTIFICATES, response, locale);
    }

    private ImportReport report(Long id, Kind kind, Locale locale) {
        TrainingImport job = imports.get(id);
        if (job.kind() != kind) {
            throw new NotFound("training import", id);
        }
        return ImportReport.of(job, imports.problems(id, PROBLEMS_ANSWERED), messages, locale);
    }

    private ResponseEntity<ImportReport> accepted(TrainingImport job, String path, Locale locale) {
        return ResponseEntity.accepted()
                .location(URI.create(path + job.id()))
                .body(ImportReport.of(job, java.util.List.of(), messages, locale));
    }

    private void template(Kind kind, HttpServletResponse response, Locale locale) throws IOException {
        FileDownloads.prepareXlsx(
                response, messages.getMessage("training.import.template." + kind, null, locale) + ".xlsx");
        templates.write(kind, response.getOutputStream(), locale);
    }

    private static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "file.empty");
        }
    }
}
