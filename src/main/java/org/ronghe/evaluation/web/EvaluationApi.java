package org.ronghe.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationAccess;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evaluation cycles: the secretariat opens one for a year, declares, states, attaches evidence, scores its evidence
 * points and submits (the figures freeze); the body's evaluators adjust scores with a reason and grade. 403 for anyone
 * else (audited), 409 on a stale version or a step out of turn.
 */
@RestController
@Tag(name = "Evaluations", description = "考核评价: self-assessment, frozen figures, review and grade")
class EvaluationApi {

    private final EvaluationBook book;
    private final EvaluationAccess access;
    private final EvaluationViews views;
    private final FileDownloads downloads;

    EvaluationApi(EvaluationBook book, EvaluationAccess access, EvaluationViews views, FileDownloads downloads) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.downloads = downloads;
    }

    record Opening(Long bodyId, Integer year, Long frameworkId) {}

    record Step(Long version) {}

    /** What the body says about a point: a declared figure and a statement, and for an evidence point its own score. */
    record Declaration(Long version, BigDecimal declared, String statement, BigDecimal selfScore) {}

    /** The reviewer's score (or, for a veto point, whether it failed) and why. */
    record Adjustment(Long version, BigDecimal score, Boolean vetoFailed, String reason) {}

    @GetMapping("/api/v1/evaluations")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The evaluations of a body, or of every body the caller reads, latest year first")
    PageResult<EvaluationViews.EvaluationRow> list(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (bodyId != null && !access.canReadBody(bodyId)) {
            throw new AccessDeniedException("evaluation");
        }
        return views.page(bodyId, page, size);
    }

    @PostMapping("/api/v1/evaluations")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Open a body's self-assessment for a year under a published framework (the secretariat)")
    ResponseEntity<EvaluationViews.EvaluationView> open(@RequestBody Opening opening) {
        if (opening == null || !access.canOpen(opening.bodyId())) {
            throw new AccessDeniedException("evaluation");
        }
        if (opening.year() == null) {
            throw new InvalidInput("year", "input.required");
        }
        if (opening.frameworkId() == null) {
            throw new InvalidInput("frameworkId", "input.required");
        }
        Evaluation evaluation = book.open(opening.bodyId(), opening.year(), opening.frameworkId());
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + evaluation.id()))
                .body(views.of(evaluation));
    }

    @GetMapping("/api/v1/evaluations/{id}")
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    @Operation(
            summary = "An evaluation: every point with its declared, live and frozen figures, scores and adjustments")
    EvaluationViews.EvaluationView get(@PathVariable Long id) {
        return views.of(book.get(id));
    }

    @PutMapping("/api/v1/evaluations/{id}/points/{code}")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "Declare a point's figure and statement, and self-score an evidence point, while open")
    EvaluationViews.EvaluationView declare(
            @PathVariable Long id, @PathVariable String code, @RequestBody Declaration declaration) {
        return views.of(book.declare(
                id,
                Versions.read(declaration.version()),
                code,
                new EvaluationBook.Declaration(
                        declaration.declared(), declaration.statement(), declaration.selfScore()),
                null,
                null));
    }

    @PostMapping(
            path = "/api/v1/evaluations/{id}/points/{code}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "Attach a point's evidence, a PDF or Word file, while open")
    EvaluationViews.EvaluationView attach(
            @PathVariable Long id,
            @PathVariable String code,
            @RequestParam long version,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "input.required");
        }
        try (InputStream content = file.getInputStream()) {
            return views.of(book.attach(id, version, code, file.getOriginalFilename(), content));
        }
    }

    @GetMapping({"/api/v1/evaluations/{id}/evidence/{fileId}", "/evaluations/{id}/evidence/{fileId}"})
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    @Operation(summary = "Download a point's evidence")
    ResponseEntity<Resource> evidence(@PathVariable Long id, @PathVariable UUID fileId) {
        if (!book.isEvidence(id, fileId)) {
            throw new NotFound("evidence", fileId);
        }
        return downloads.of(fileId);
    }

    @PostMapping("/api/v1/evaluations/{id}/submit")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    @Operation(summary = "Submit the self-assessment: every computed figure is frozen with the records behind it")
    EvaluationViews.EvaluationView submit(@PathVariable Long id, @RequestBody Step step) {
        return views.of(book.submit(id, Versions.read(step.version())));
    }

    @PostMapping("/api/v1/evaluations/{id}/points/{code}/adjustment")
    @PreAuthorize("@evaluationAccess.canReview(#id)")
    @Operation(summary = "The evaluator changes a point's score, or a veto point's verdict, with a reason (audited)")
    EvaluationViews.EvaluationView adjust(
            @PathVariable Long id, @PathVariable String code, @RequestBody Adjustment adjustment) {
        return views.of(book.adjust(
                id,
                Versions.read(adjustment.version()),
                code,
                adjustment.score(),
                adjustment.vetoFailed(),
                adjustment.reason()));
    }

    @PostMapping("/api/v1/evaluations/{id}/grade")
    @PreAuthorize("@evaluationAccess.canReview(#id)")
    @Operation(summary = "The evaluator grades the submitted evaluation; a failed veto point fails it")
    EvaluationViews.EvaluationView grade(@PathVariable Long id, @RequestBody Step step) {
        return views.of(book.grade(id, Versions.read(step.version())));
    }
}
