package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityAccess;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The capability catalogue (能力清单) for integrators: the list and one item for every signed-in user (an expert's name
 * masked unless the organisation consents), offering by the organisation's admins or the secretariat of a body it
 * belongs to, revising and withdrawing (403 for anyone else, audited; 409 when the version read is stale).
 */
@RestController
@RequestMapping("/api/v1/capabilities")
@Tag(name = "Capabilities", description = "能力清单: results, patents, labs, experts, majors, courses and services")
class CapabilityApi {

    private final CapabilityBook book;
    private final CapabilityAccess access;
    private final CapabilityRows rows;
    private final Directory directory;

    CapabilityApi(CapabilityBook book, CapabilityAccess access, CapabilityRows rows, Directory directory) {
        this.book = book;
        this.access = access;
        this.rows = rows;
        this.directory = directory;
    }

    /** An item with the version to name when changing it; {@code terms.expertName} as the caller may see it. */
    record CapabilityDetail(
            Long id,
            long version,
            boolean withdrawn,
            String organisationName,
            boolean sample,
            Instant createdAt,
            CapabilityDraft terms) {}

    record Revision(Long version, CapabilityDraft terms) {}

    record Withdrawal(Long version) {}

    @GetMapping
    @Operation(summary = "The catalogue, newest first or by relevance to q; withdrawn items only when asked")
    PageResult<CapabilityRows.CapabilityRow> find(
            @ParameterObject @ModelAttribute CapabilityRows.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return rows.find(filter, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item of the catalogue")
    CapabilityDetail get(@PathVariable Long id) {
        return detail(book.get(id));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Offer a capability of an organisation (its admins, or the secretariat of a body it belongs to)")
    ResponseEntity<CapabilityDetail> offer(@RequestBody CapabilityDraft terms) {
        if (!access.canOffer(terms)) {
            throw new AccessDeniedException("capability");
        }
        Capability capability = book.offer(terms);
        return ResponseEntity.created(URI.create("/api/v1/capabilities/" + capability.id()))
                .body(detail(capability));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@capabilityAccess.canEdit(#id)")
    @Operation(summary = "Revise an offered capability (409 when changed since the version read)")
    CapabilityDetail revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return detail(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("@capabilityAccess.canEdit(#id)")
    @Operation(summary = "Withdraw a capability: it leaves the matches")
    CapabilityDetail withdraw(@PathVariable Long id, @RequestBody Withdrawal withdrawal) {
        return detail(book.withdraw(id, Versions.read(withdrawal.version())));
    }

    private CapabilityDetail detail(Capability c) {
        CapabilityDraft t = c.draft();
        CapabilityDraft shown = new CapabilityDraft(
                t.organisationId(),
                t.kind(),
                t.title(),
                t.description(),
                t.keywords(),
                t.industry(),
                t.regionCode(),
                t.readinessLevel(),
                t.patentNumber(),
                t.majorCode(),
                rows.expertName(c),
                t.expertNameShown(),
                t.places());
        return new CapabilityDetail(
                c.id(),
                c.version(),
                c.withdrawn(),
                directory.nameOf(c.organisationId()),
                c.sample(),
                c.createdAt(),
                shown);
    }
}
