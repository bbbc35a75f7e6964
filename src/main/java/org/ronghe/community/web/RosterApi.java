package org.ronghe.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.ronghe.community.roster.RosterImport;
import org.ronghe.community.roster.RosterImports;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roster imports as asynchronous jobs: POST answers 202 with the status resource's location; poll it until the status
 * is REJECTED, DONE or FAILED. The template and the export are under {@code /roster}.
 */
@RestController
@RequestMapping("/api/v1/bodies/{id}/roster-imports")
@PreAuthorize("@permissions.canManageBody(#id)")
@Tag(name = "Roster", description = "Import and export of a body's roster (.xlsx)")
class RosterApi {

    private final RosterImports imports;
    private final MessageSource messages;

    RosterApi(RosterImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Start an import of an .xlsx roster (template columns); validOnly=true imports the valid rows "
                    + "even when others are invalid. 400 when the file is not a real .xlsx, empty or over 20 MB")
    ResponseEntity<RosterImport> start(
            @PathVariable Long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        return accepted(id, imports.start(id, file.getOriginalFilename(), file.getInputStream(), validOnly));
    }

    @GetMapping("/{importId}")
    @Operation(summary = "The import's status, progress (rowsRead) and result counts")
    RosterImport get(@PathVariable Long id, @PathVariable Long importId) {
        return imports.get(id, importId);
    }

    @GetMapping("/{importId}/problems")
    @Operation(summary = "Why rows were refused: row, column letter, value and reason in the caller's language")
    List<ProblemJson> problems(
            @PathVariable Long id,
            @PathVariable Long importId,
            @RequestParam(defaultValue = "2000") int limit,
            Locale locale) {
        return imports.problems(id, importId, Math.min(limit, 2000)).stream()
                .map(p -> new ProblemJson(
                        p.row(), p.column(), p.value(), p.code(), messages.getMessage(p.code(), p.arguments(), locale)))
                .toList();
    }

    @PostMapping("/{importId}/import-valid")
    @Operation(summary = "After a REJECTED import: import its valid rows (a new job on the same file)")
    ResponseEntity<RosterImport> importValid(@PathVariable Long id, @PathVariable Long importId) {
        return accepted(id, imports.importValidRows(id, importId));
    }

    private static ResponseEntity<RosterImport> accepted(Long id, RosterImport job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/bodies/" + id + "/roster-imports/" + job.id()))
                .body(job);
    }

    /** A refused cell with its reason already in the caller's language. */
    record ProblemJson(int row, String column, String value, String code, String reason) {}
}
