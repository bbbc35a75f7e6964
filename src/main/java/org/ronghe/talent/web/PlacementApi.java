package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.talent.placements.Evaluation;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.Internship;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.placements.PlacementViews;
import org.ronghe.talent.placements.PlacementViews.HireView;
import org.ronghe.talent.placements.PlacementViews.InternshipView;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Internships and hires for integrators. The student's school records them; the enterprise's mentor and the school's
 * supervisor evaluate an internship; only the employer's admins confirm or dispute a hire (403 for anyone else,
 * audited). Names of students reach an employer only with the student's consent.
 */
@RestController
@Tag(name = "Internships and hires", description = "岗位实习 and hires, recorded by schools, confirmed by enterprises")
class PlacementApi {

    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final StudentAccess access;
    private final FileDownloads downloads;

    PlacementApi(
            InternshipBook internships,
            HireBook hires,
            PlacementViews views,
            StudentAccess access,
            FileDownloads downloads) {
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.access = access;
        this.downloads = downloads;
    }

    /** An evaluation: the version read, the stage, the grade, a comment; {@code side} only when the caller has both. */
    record EvaluationRequest(
            Long version, Evaluation.Side side, Evaluation.Stage stage, Evaluation.Grade grade, String comment) {}

    /** A step of a hire: the version read, and the date (hired) or the reason (dispute). */
    record HireStep(Long version, LocalDate hiredOn, String reason) {}

    @PostMapping("/api/v1/internships")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Record a student's internship (the student's school)")
    ResponseEntity<InternshipView> record(@RequestBody InternshipDraft terms) {
        if (terms.studentId() == null || !access.canManage(terms.studentId())) {
            throw terms.studentId() == null
                    ? new InvalidInput("studentId", "input.required")
                    : new AccessDeniedException("internship");
        }
        Internship internship = internships.record(terms);
        return ResponseEntity.created(URI.create("/api/v1/internships/" + internship.id()))
                .body(views.of(internship));
    }

    @GetMapping("/api/v1/internships/{id}")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    @Operation(summary = "One internship with its evaluations")
    InternshipView internship(@PathVariable Long id) {
        return views.of(internships.get(id));
    }

    @GetMapping("/api/v1/internships")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A student's internships (studentId), or an enterprise's interns (enterpriseId, its admins)")
    List<InternshipView> internships(
            @RequestParam(required = false) Long studentId,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(defaultValue = "0") int page) {
        if (studentId != null && access.canManage(studentId)) {
            return internships.ofStudent(studentId).stream().map(views::of).toList();
        }
        if (enterpriseId != null && access.actsFor(enterpriseId)) {
            return internships.atEnterprise(enterpriseId, page).items().stream()
                    .map(views::of)
                    .toList();
        }
        throw new AccessDeniedException("internships");
    }

    @PostMapping("/api/v1/internships/{id}/agreement")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    @Operation(summary = "File the signed three-party agreement (PDF or Word; the school)")
    InternshipView fileAgreement(
            @PathVariable Long id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (!access.canKeep(internships.get(id).schoolId())) {
            throw new AccessDeniedException("internship agreement");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "file.empty");
        }
        try (InputStream content = file.getInputStream()) {
            return views.of(internships.fileAgreement(id, file.getOriginalFilename(), content));
        }
    }

    @GetMapping({"/api/v1/internships/{id}/agreement", "/talent/internships/{id}/agreement"})
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    @Operation(summary = "Download the three-party agreement")
    ResponseEntity<Resource> agreement(@PathVariable Long id) {
        Internship internship = internships.get(id);
        if (internship.agreementFileId() == null) {
            throw new NotFound("internship agreement", id);
        }
        return downloads.of(internship.agreementFileId());
    }

    @PostMapping("/api/v1/internships/{id}/evaluations")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    @Operation(summary = "Evaluate as the enterprise's mentor or the school's supervisor (mid-term, then final)")
    InternshipView evaluate(@PathVariable Long id, @RequestBody EvaluationRequest request) {
        Evaluation.Side side = PlacementSides.of(access, internships.get(id), request.side());
        return views.of(internships.evaluate(
                id, Versions.read(request.version()), side, request.stage(), request.grade(), request.comment()));
    }

    @PostMapping("/api/v1/hires")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Record an offer to a student (the student's school)")
    ResponseEntity<HireView> offer(@RequestBody HireBook.Offer offer) {
        if (offer.studentId() == null || !access.canManage(offer.studentId())) {
            throw offer.studentId() == null
                    ? new InvalidInput("studentId", "input.required")
                    : new AccessDeniedException("hire");
        }
        var hire = hires.offer(offer);
        return ResponseEntity.created(URI.create("/api/v1/hires/" + hire.id())).body(views.of(hire));
    }

    @GetMapping("/api/v1/hires/{id}")
    @PreAuthorize("@placementAccess.canReadHire(#id)")
    @Operation(summary = "One offer or hire")
    HireView hire(@PathVariable Long id) {
        return views.of(hires.get(id));
    }

    @GetMapping("/api/v1/hires")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A student's offers and hires (studentId), or an employer's (enterpriseId, its admins)")
    List<HireView> hires(
            @RequestParam(required = false) Long studentId,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(defaultValue = "0") int page) {
        if (studentId != null && access.canManage(studentId)) {
            return hires.ofStudent(studentId).stream().map(views::of).toList();
        }
        if (enterpriseId != null && access.actsFor(enterpriseId)) {
            return hires.atEnterprise(enterpriseId, page).items().stream()
                    .map(views::of)
                    .toList();
        }
        throw new AccessDeniedException("hires");
    }

    @PostMapping("/api/v1/hires/{id}/hired")
    @PreAuthorize("@placementAccess.canRecordHire(#id)")
    @Operation(summary = "Record that the student was hired (the school); the employer is then asked to confirm")
    HireView hired(@PathVariable Long id, @RequestBody HireStep step) {
        return views.of(hires.hired(id, Versions.read(step.version()), step.hiredOn()));
    }

    @PostMapping("/api/v1/hires/{id}/confirm")
    @PreAuthorize("@placementAccess.canDecideHire(#id)")
    @Operation(summary = "Confirm the hire (the employer's admins only)")
    HireView confirm(@PathVariable Long id, @RequestBody HireStep step) {
        return views.of(hires.confirm(id, Versions.read(step.version())));
    }

    @PostMapping("/api/v1/hires/{id}/dispute")
    @PreAuthorize("@placementAccess.canDecideHire(#id)")
    @Operation(summary = "Dispute the hire, with a reason (the employer's admins only)")
    HireView dispute(@PathVariable Long id, @RequestBody HireStep step) {
        return views.of(hires.dispute(id, Versions.read(step.version()), step.reason()));
    }
}
