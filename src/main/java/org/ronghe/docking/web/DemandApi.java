package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.demands.DemandBook;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandStatus;
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
 * Demands for docking (技术, 培训, 服务需求): the list and one demand as the caller may see them (a demand hidden from the
 * caller answers 404, as if it did not exist), posting by the organisation's admins or the body's secretariat, revising
 * and closing (403 for anyone else, audited; 409 when the version read is stale).
 */
@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Docking needs", description = "需求清单: technology, training and service needs of members, for docking")
class DemandApi {

    private final DemandBook book;
    private final DemandAccess access;
    private final DemandRows rows;
    private final Directory directory;

    DemandApi(DemandBook book, DemandAccess access, DemandRows rows, Directory directory) {
        this.book = book;
        this.access = access;
        this.rows = rows;
        this.directory = directory;
    }

    /** A demand with the version to name when changing it. */
    record DemandDetail(
            Long id,
            long version,
            DemandStatus status,
            String closeReason,
            String organisationName,
            boolean sample,
            Instant createdAt,
            DemandDraft terms) {}

    record Revision(Long version, DemandDraft terms) {}

    record StatusChange(Long version, DemandStatus status, String reason) {}

    @GetMapping
    @Operation(summary = "Needs the caller may see (anonymous callers: public ones), newest first or by relevance to q")
    PageResult<DemandRows.DemandRow> find(
            @ParameterObject @ModelAttribute DemandRows.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return rows.find(filter, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One need (404 when it does not exist or the caller may not see it)")
    DemandDetail get(@PathVariable Long id) {
        return detail(access.visible(id));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Post a need for an organisation (its admins; within a body, also the body's secretariat)")
    ResponseEntity<DemandDetail> post(@RequestBody DemandDraft terms) {
        if (!access.canPost(terms)) {
            throw new AccessDeniedException("demand");
        }
        Demand demand = book.post(terms);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + demand.id()))
                .body(detail(demand));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@demandAccess.canEdit(#id)")
    @Operation(summary = "Revise a need not yet solved or closed (409 when changed since the version read)")
    DemandDetail revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return detail(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("@demandAccess.canEdit(#id)")
    @Operation(summary = "Mark a need solved, or closed with a reason, or reopen it")
    DemandDetail mark(@PathVariable Long id, @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw new InvalidInput("status", "input.required");
        }
        return detail(book.mark(id, Versions.read(change.version()), change.status(), change.reason()));
    }

    private DemandDetail detail(Demand d) {
        return new DemandDetail(
                d.id(),
                d.version(),
                d.status(),
                d.closeReason(),
                directory.nameOf(d.organisationId()),
                d.sample(),
                d.createdAt(),
                d.draft());
    }
}
