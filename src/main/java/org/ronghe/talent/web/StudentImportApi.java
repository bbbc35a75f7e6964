package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.talent.imports.ImportTemplates;
import org.ronghe.talent.imports.StudentImport;
import org.ronghe.talent.imports.StudentImports;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Student imports for integrators: upload an .xlsx (at most 100,000 rows), poll the job, read its row-by-row report,
 * import the valid rows of a rejected sheet. The school's admins and personal-data officers only.
 */
@RestController
@Tag(name = "Students")
class StudentImportApi {

    private final StudentImports imports;
    private final StudentAccess access;
    private final ImportTemplates templates;
    private final MessageSource messages;

    StudentImportApi(StudentImports imports, StudentAccess access, ImportTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.access = access;
        this.templates = templates;
        this.messages = messages;
    }

    /** One problem of one row, in the caller's language (never the value: it may be an ID or mobile number). */
    record ProblemLine(int row, String column, String message) {}

    @PostMapping("/api/v1/students/imports")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Upload a sheet of students, or of internship records (kind=INTERNSHIPS), columns as in the "
                    + "template; 202 with the job to poll")
    ResponseEntity<StudentImport> start(
            @RequestParam Long schoolId,
            @RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Long cohortId,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "STUDENTS") StudentImport.Kind kind,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (!access.canKeep(schoolId)) {
            throw new AccessDeniedException("student import");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "file.empty");
        }
        try (InputStream content = file.getInputStream()) {
            StudentImport job = kind == StudentImport.Kind.STUDENTS
                    ? imports.start(schoolId, programmeId, cohortId, file.getOriginalFilename(), content, validOnly)
                    : imports.startInternships(schoolId, file.getOriginalFilename(), content, validOnly);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/students/imports/" + job.id()))
                    .body(job);
        }
    }

    @GetMapping("/api/v1/students/imports/{id}")
    @PreAuthorize("@importAccess.canKeepImport(#id)")
    @Operation(summary = "An import's status and counts")
    StudentImport get(@PathVariable Long id) {
        return imports.get(id);
    }

    @GetMapping("/api/v1/students/imports/{id}/problems")
    @PreAuthorize("@importAccess.canKeepImport(#id)")
    @Operation(summary = "The problems found, row by row (at most 5,000 kept)")
    List<ProblemLine> problems(@PathVariable Long id, @RequestParam(defaultValue = "1000") int limit, Locale locale) {
        return imports.problems(id, Math.max(1, Math.min(limit, 5_000))).stream()
                .map(p -> new ProblemLine(p.row(), p.column(), messages.getMessage(p.code(), p.arguments(), locale)))
                .toList();
    }

    @PostMapping("/api/v1/students/imports/{id}/import-valid")
    @PreAuthorize("@importAccess.canKeepImport(#id)")
    @Operation(summary = "Import the valid rows of a rejected sheet; 202 with the new job")
    ResponseEntity<StudentImport> importValid(@PathVariable Long id) {
        StudentImport job = imports.importValidRows(id);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/students/imports/" + job.id()))
                .body(job);
    }

    @GetMapping({"/api/v1/students/template", "/talent/students/template.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The import template (.xlsx)")
    void template(
            @RequestParam(defaultValue = "STUDENTS") StudentImport.Kind kind,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FileDownloads.prepareXlsx(
                response, messages.getMessage("talent.import.template." + kind.name(), null, locale) + ".xlsx");
        templates.template(kind, response.getOutputStream(), locale);
    }
}
