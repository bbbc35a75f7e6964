package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.docking.imports.DockingImport;
import org.ronghe.docking.imports.DockingImport.Subject;
import org.ronghe.docking.imports.DockingImportAccess;
import org.ronghe.docking.imports.DockingImports;
import org.ronghe.docking.imports.DockingTemplates;
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
 * Importing needs and capabilities from .xlsx: the templates, uploading (202 with the job, which runs in the
 * background), the job's status, the row report, importing the valid rows of a refused sheet.
 */
@RestController
@Tag(name = "Docking imports", description = "Needs and capabilities from .xlsx (up to 50,000 rows)")
class DockingImportApi {

    private final DockingImports imports;
    private final DockingImportAccess access;
    private final DockingTemplates templates;
    private final MessageSource messages;

    DockingImportApi(
            DockingImports imports, DockingImportAccess access, DockingTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.access = access;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/needs/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@dockingImportAccess.canStart(#bodyId, #organisationId)")
    @Operation(
            summary = "Import needs: an .xlsx as the template (organisation by credit code or name, blank for "
                    + "organisationId), posted in bodyId (rows' organisations must be its members) or platform-wide")
    ResponseEntity<DockingImport> needs(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        return start(Subject.NEEDS, file, bodyId, organisationId, validOnly);
    }

    @PostMapping(path = "/api/v1/capabilities/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@dockingImportAccess.canStart(#bodyId, #organisationId)")
    @Operation(
            summary = "Import capabilities: an .xlsx as the template, for organisationId or (a secretariat) the "
                    + "members of bodyId")
    ResponseEntity<DockingImport> capabilities(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        return start(Subject.CAPABILITIES, file, bodyId, organisationId, validOnly);
    }

    @GetMapping("/api/v1/docking-imports/{id}")
    @PreAuthorize("@dockingImportAccess.canSee(#id)")
    @Operation(summary = "An import's status: QUEUED, VALIDATING, REJECTED, IMPORTING, INDEXING, DONE or FAILED")
    DockingImport status(@PathVariable Long id) {
        return imports.get(id);
    }

    @GetMapping("/api/v1/docking-imports/{id}/problems")
    @PreAuthorize("@dockingImportAccess.canSee(#id)")
    @Operation(summary = "Why rows were refused: row, column letter, value and reason in the caller's language")
    List<ProblemJson> problems(@PathVariable Long id, @RequestParam(defaultValue = "2000") int limit, Locale locale) {
        return imports.problems(id, Math.min(limit, 2000)).stream()
                .map(p -> new ProblemJson(
                        p.row(), p.column(), p.value(), p.code(), messages.getMessage(p.code(), p.arguments(), locale)))
                .toList();
    }

    @PostMapping("/api/v1/docking-imports/{id}/import-valid")
    @PreAuthorize("@dockingImportAccess.canSee(#id)")
    @Operation(summary = "After a REJECTED import: import its valid rows (a new job on the same file)")
    ResponseEntity<DockingImport> importValid(@PathVariable Long id) {
        DockingImport rejected = imports.get(id);
        return accepted(imports.importValidRows(
                id, access.scope(rejected.subject(), rejected.bodyId(), rejected.organisationId())));
    }

    @GetMapping({"/api/v1/needs/import-template", "/docking/imports/needs-template.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The needs import template (.xlsx), headed in the caller's language")
    void needsTemplate(HttpServletResponse response, Locale locale) throws IOException {
        template(Subject.NEEDS, response, locale);
    }

    @GetMapping({"/api/v1/capabilities/import-template", "/docking/imports/capabilities-template.xlsx"})
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The capabilities import template (.xlsx), headed in the caller's language")
    void capabilitiesTemplate(HttpServletResponse response, Locale locale) throws IOException {
        template(Subject.CAPABILITIES, response, locale);
    }

    /** A refused cell with its reason already in the caller's language. */
    record ProblemJson(int row, String column, String value, String code, String reason) {}

    private ResponseEntity<DockingImport> start(
            Subject subject, MultipartFile file, Long bodyId, Long organisationId, boolean validOnly)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "file.empty");
        }
        return accepted(imports.start(
                access.scope(subject, bodyId, organisationId),
                file.getOriginalFilename(),
                file.getInputStream(),
                validOnly));
    }

    private void template(Subject subject, HttpServletResponse response, Locale locale) throws IOException {
        FileDownloads.prepareXlsx(
                response, messages.getMessage("docking.import.template." + subject, null, locale) + ".xlsx");
        templates.write(subject, response.getOutputStream(), locale);
    }

    private static ResponseEntity<DockingImport> accepted(DockingImport job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/docking-imports/" + job.id()))
                .body(job);
    }
}
