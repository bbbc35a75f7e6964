package org.ronghe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ronghe.core.Versions;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.enrolments.Enrolment;
import org.ronghe.training.enrolments.EnrolmentBook;
import org.ronghe.training.enrolments.EnrolmentDraft;
import org.ronghe.training.enrolments.TrainingAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workers enrolled in sessions: sent by their enterprise with their consent; the provider records attendance and the
 * result, the enterprise confirms or disputes; a completion counts only with both. Workers appear masked; each
 * enterprise sees only its own. The organisation acted for is named and the user must administer it (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Training enrolments", description = "Workers enrolled, attendance, results and two-sided completion")
class EnrolmentApi {

    private final EnrolmentBook book;
    private final CertificateBook certificates;
    private final TrainingAccess access;

    EnrolmentApi(EnrolmentBook book, CertificateBook certificates, TrainingAccess access) {
        this.book = book;
        this.certificates = certificates;
        this.access = access;
    }

    /** A step on an enrolment: for which organisation, the version read, and what the step needs. */
    record Step(Long organisationId, Long version, Integer hours, Boolean passed, String reason) {}

    @GetMapping("/sessions/{id}/enrolments")
    @PreAuthorize("@trainingAccess.canReadSession(#id)")
    @Operation(summary = "A session's enrolments, workers masked; an enterprise's admins see only their own workers")
    List<EnrolmentView> enrolments(@PathVariable Long id) {
        List<Enrolment> seen = book.ofSession(id, access.enterprisesSeenIn(id));
        var byPerson = certificates.heldBy(
                seen.stream().map(Enrolment::idFingerprint).distinct().toList());
        return seen.stream()
                .map(e -> EnrolmentView.of(e, byPerson.getOrDefault(e.idFingerprint(), List.of())))
                .toList();
    }

    @PostMapping("/enrolments")
    @PreAuthorize("@trainingAccess.canEnrol(#draft)")
    @Operation(
            summary = "Enrol a worker (name, ID number, optional mobile, consent and purpose); 400 listing every "
                    + "problem, never echoing the numbers; 409 when the session is full")
    ResponseEntity<EnrolmentView> enrol(@RequestBody EnrolmentDraft draft) {
        Enrolment enrolment = book.enrol(draft);
        return ResponseEntity.created(URI.create("/api/v1/trainings/enrolments/" + enrolment.id()))
                .body(view(enrolment));
    }

    @GetMapping("/enrolments/{id}")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id)")
    @Operation(summary = "One enrolment, the worker masked, with the worker's certificates")
    EnrolmentView get(@PathVariable Long id) {
        return view(book.get(id));
    }

    @PostMapping("/enrolments/{id}/attendance")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#step.organisationId())")
    @Operation(summary = "The provider records the hours attended (0 to the session's hours)")
    EnrolmentView attendance(@PathVariable Long id, @RequestBody Step step) {
        int hours = step.hours() == null ? -1 : step.hours();
        return view(book.recordAttendance(id, Versions.read(step.version()), step.organisationId(), hours));
    }

    @PostMapping("/enrolments/{id}/result")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#step.organisationId())")
    @Operation(summary = "The provider passes or fails the worker; 409 for anyone else")
    EnrolmentView result(@PathVariable Long id, @RequestBody Step step) {
        boolean passed = Boolean.TRUE.equals(step.passed());
        return view(book.decide(id, Versions.read(step.version()), step.organisationId(), passed));
    }

    @PostMapping("/enrolments/{id}/confirm")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#step.organisationId())")
    @Operation(summary = "The sending enterprise confirms its worker attended; 409 for the provider")
    EnrolmentView confirm(@PathVariable Long id, @RequestBody Step step) {
        return view(book.confirm(id, Versions.read(step.version()), step.organisationId()));
    }

    @PostMapping("/enrolments/{id}/dispute")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#step.organisationId())")
    @Operation(summary = "The sending enterprise disputes the attendance, with a reason; it never counts then")
    EnrolmentView dispute(@PathVariable Long id, @RequestBody Step step) {
        return view(book.dispute(id, Versions.read(step.version()), step.organisationId(), step.reason()));
    }

    private EnrolmentView view(Enrolment e) {
        return EnrolmentView.of(e, certificates.heldBy(e.idFingerprint()));
    }
}
