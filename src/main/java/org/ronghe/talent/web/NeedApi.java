package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.needs.NeedAccess;
import org.ronghe.talent.needs.NeedBook;
import org.ronghe.talent.needs.NeedDraft;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedStatus;
import org.ronghe.talent.needs.NeedSummary;
import org.ronghe.talent.needs.TalentNeed;
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
 * Talent needs for integrators: a body's list (searchable, exportable), posting by a member enterprise's admins or the
 * body's secretariat, revising and closing (403 for anyone else, audited; 409 when the version read is stale).
 */
@RestController
@RequestMapping("/api/v1/talent-needs")
@Tag(name = "Talent needs", description = "人才需求清单: what member enterprises need, by post, major, level and region")
class NeedApi {

    private final NeedBook book;
    private final NeedList list;
    private final NeedAccess access;
    private final Directory directory;

    NeedApi(NeedBook book, NeedList list, NeedAccess access, Directory directory) {
        this.book = book;
        this.list = list;
        this.access = access;
        this.directory = directory;
    }

    /** A need with the version to name when changing it. */
    record NeedDetail(
            Long id, long version, NeedStatus status, String organisationName, Instant createdAt, NeedDraft terms) {}

    /** New terms with the version they were read at. */
    record Revision(Long version, NeedDraft terms) {}

    /** A new status (OPEN reopens) with the version read. */
    record StatusChange(Long version, NeedStatus status) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Talent needs matching the filters, newest first (sort=headcount: largest first)")
    PageResult<NeedSummary> find(
            @ParameterObject @ModelAttribute NeedList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return list.find(filter, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One talent need")
    NeedDetail get(@PathVariable Long id) {
        return detail(book.get(id));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Post a need for a member enterprise of a body (its admins or the body's secretariat)")
    ResponseEntity<NeedDetail> post(@RequestBody NeedDraft terms) {
        if (!access.canPost(terms)) {
            throw new AccessDeniedException("talent need");
        }
        TalentNeed need = book.post(terms);
        return ResponseEntity.created(URI.create("/api/v1/talent-needs/" + need.id()))
                .body(detail(need));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@needAccess.canEditNeed(#id)")
    @Operation(summary = "Revise an open need (409 when changed since the version read)")
    NeedDetail revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return detail(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("@needAccess.canEditNeed(#id)")
    @Operation(summary = "Mark a need filled or closed, or reopen it")
    NeedDetail mark(@PathVariable Long id, @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw new InvalidInput("status", "input.required");
        }
        return detail(book.mark(id, Versions.read(change.version()), change.status()));
    }

    private NeedDetail detail(TalentNeed need) {
        OrganisationSummary organisation =
                directory.summaries(List.of(need.organisationId())).get(need.organisationId());
        return new NeedDetail(
                need.id(),
                need.version(),
                need.status(),
                organisation == null ? null : organisation.name(),
                need.createdAt(),
                need.terms());
    }
}
