package org.ronghe.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.AgreementList;
import org.ronghe.agreement.AgreementSummary;
import org.ronghe.agreement.AgreementTimeline;
import org.ronghe.agreement.Party;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agreements for integrators: draft, revise and move through their life. Parties' admins and the body's secretariat
 * change them (403 for anyone else, audited); changes carry the version they were based on (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Agreements between organisations: parties, commitments and their life")
class AgreementApi {

    private final AgreementBook book;
    private final AgreementList list;
    private final AgreementAccess access;
    private final Directory directory;
    private final AgreementTimeline timeline;

    AgreementApi(
            AgreementBook book,
            AgreementList list,
            AgreementAccess access,
            Directory directory,
            AgreementTimeline timeline) {
        this.timeline = timeline;
        this.book = book;
        this.list = list;
        this.access = access;
        this.directory = directory;
    }

    /** The terms of a revision with the version they were read at. */
    record Revision(
            Long version,
            String title,
            AgreementKind kind,
            Long bodyId,
            Long meetingId,
            String place,
            LocalDate termStartsOn,
            LocalDate termEndsOn,
            List<Party> parties) {
        AgreementDraft terms() {
            return new AgreementDraft(title, kind, bodyId, meetingId, place, termStartsOn, termEndsOn, parties);
        }
    }

    /** A step in an agreement's life: the version read, and the reason (terminating). */
    record Step(Long version, String reason) {
        long read() {
            return Versions.read(version);
        }
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Agreements the caller may see, newest first; filter by words of the title, body, kind, status, "
                    + "party, overdue (an obligation past due, not fulfilled), dormant (in force, nothing for 180 days), money "
                    + "(signed, not terminated, money committed or reported)")
    PageResult<AgreementSummary> find(
            @ParameterObject @ModelAttribute AgreementList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return list.find(filter, access.visibility(), page, size);
    }

    @PostMapping
    @PreAuthorize("@agreementAccess.canDraft(#terms)")
    @Operation(
            summary =
                    "Draft an agreement; 400 listing every problem (title, kind, term, parties, unknown organisations)")
    ResponseEntity<AgreementView> draft(@RequestBody AgreementDraft terms) {
        Agreement agreement = book.draft(terms);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id()))
                .body(view(agreement));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    @Operation(summary = "One agreement with its parties")
    AgreementView get(@PathVariable Long id) {
        return view(book.get(id));
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    @Operation(summary = "What happened to the agreement and its obligations, newest first, from the audit trail")
    List<AgreementTimeline.Entry> timeline(@PathVariable Long id) {
        book.get(id);
        return timeline.of(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "Revise an agreement (parties only while a draft); 409 when closed or stale")
    AgreementView revise(@PathVariable Long id, @RequestBody Revision revision) {
        return view(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping(
            path = "/{id}/signatures",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @PreAuthorize("@agreementAccess.canSignFor(#id, #organisationId)")
    @Operation(
            summary = "A party signs (date, place, signatory's position); the agreement is signed once every party "
                    + "has. The body's secretariat may sign on a party's behalf only with the signed scan (file). 409 when not "
                    + "a draft, already signed or not a party")
    AgreementView sign(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(required = false) LocalDate signedOn,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String signatoryPosition,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        boolean onBehalf = !access.canActFor(organisationId);
        try (InputStream scan = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return view(book.sign(
                    id,
                    version,
                    organisationId,
                    new AgreementBook.Signing(signedOn, place, signatoryPosition),
                    onBehalf,
                    scan == null ? null : file.getOriginalFilename(),
                    scan));
        }
    }

    @PostMapping("/{id}/in-force")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "Put a signed agreement in force")
    AgreementView bringIntoForce(@PathVariable Long id, @RequestBody Step step) {
        return view(book.bringIntoForce(id, step.read()));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "Mark an agreement in force as completed; it becomes read-only")
    AgreementView complete(@PathVariable Long id, @RequestBody Step step) {
        return view(book.complete(id, step.read()));
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "Terminate a signed or in-force agreement, with a reason")
    AgreementView terminate(@PathVariable Long id, @RequestBody Step step) {
        return view(book.terminate(id, step.read(), step.reason()));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "File a document (signed scan, annex): PDF or Word, checked by content, at most 20 MB")
    AgreementView attach(
            @PathVariable Long id,
            @RequestParam(required = false) String title,
            @RequestPart(name = "file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return view(book.attach(id, title, file.getOriginalFilename(), content));
        }
    }

    private AgreementView view(Agreement agreement) {
        return AgreementView.of(
                agreement,
                directory.summaries(
                        agreement.parties().stream().map(Party::organisationId).toList()));
    }
}
