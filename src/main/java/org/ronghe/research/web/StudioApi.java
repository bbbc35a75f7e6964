package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.research.studios.InnovationDraft;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioAccess;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.studios.StudioDraft;
import org.ronghe.research.studios.StudioRecords;
import org.ronghe.research.studios.StudioTrainingDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Studios: the body's secretariat and the host's admins open and revise them; the host records innovations and
 * training; the secretariat confirms or disputes an innovation's benefit (409 for the wrong side). People's names are
 * answered masked only. 403 (audited) for anyone outside; 409 on stale versions.
 */
@RestController
@RequestMapping("/api/v1/studios")
@Tag(name = "Studios", description = "劳模创新工作室, 技能大师工作室, 职工创新工作室: members, innovations, training given")
class StudioApi {

    private final StudioBook book;
    private final StudioRecords records;
    private final StudioAccess access;

    StudioApi(StudioBook book, StudioRecords records, StudioAccess access) {
        this.book = book;
        this.records = records;
        this.access = access;
    }

    /**
     * New terms and the version they revise; optionally the leader removed, or the positions of the members kept (as
     * listed) that stay, the terms' members then added to them rather than replacing them.
     */
    record Revision(Long version, StudioDraft terms, Boolean removeLeader, List<Integer> keepMembers) {}

    /** A decision on an innovation: the version read and, disputing, the reason. */
    record Decision(Long version, String reason) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Studios the caller may see, by name; optionally of one body")
    PageResult<StudioView> find(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return book.find(bodyId, access.visibility(), page, size).map(this::view);
    }

    @PostMapping
    @PreAuthorize("@studioAccess.canOpen(#terms)")
    @Operation(summary = "Open a studio; 400 listing every problem (host a member enterprise or school of the body)")
    ResponseEntity<StudioView> open(@RequestBody StudioDraft terms) {
        Studio studio = book.open(terms);
        return ResponseEntity.created(URI.create("/api/v1/studios/" + studio.id()))
                .body(view(studio));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@studioAccess.canRead(#id)")
    @Operation(summary = "One studio: members (names masked), innovations with claimed and confirmed benefit, training")
    StudioView get(@PathVariable Long id) {
        return view(book.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    @Operation(
            summary = "Revise a studio; no leader or members sent keeps them, removeLeader removes the leader, "
                    + "keepMembers (positions) keeps those members and adds the terms' members; 409 when stale")
    StudioView revise(@PathVariable Long id, @RequestBody Revision revision) {
        return view(book.revise(
                id,
                Versions.read(revision.version()),
                revision.terms(),
                new StudioBook.Staffing(Boolean.TRUE.equals(revision.removeLeader()), revision.keepMembers())));
    }

    @PostMapping("/{id}/innovations")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    @Operation(summary = "The host records an innovation and its claimed annual benefit; 409 for anyone else")
    ResponseEntity<StudioView.InnovationView> innovation(@PathVariable Long id, @RequestBody InnovationDraft draft) {
        var innovation = records.record(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/studios/" + id + "/innovations/" + innovation.id()))
                .body(StudioView.InnovationView.of(innovation));
    }

    @PostMapping("/{id}/innovations/{innovationId}/confirm")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    @Operation(
            summary =
                    "The body's secretariat confirms the benefit, which then counts; 409 for the host or its recorder")
    StudioView.InnovationView confirm(
            @PathVariable Long id, @PathVariable Long innovationId, @RequestBody Decision decision) {
        return StudioView.InnovationView.of(records.confirm(id, innovationId, Versions.read(decision.version())));
    }

    @PostMapping("/{id}/innovations/{innovationId}/dispute")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    @Operation(summary = "The body's secretariat disputes the benefit with a reason; it never counts")
    StudioView.InnovationView dispute(
            @PathVariable Long id, @PathVariable Long innovationId, @RequestBody Decision decision) {
        return StudioView.InnovationView.of(
                records.dispute(id, innovationId, Versions.read(decision.version()), decision.reason()));
    }

    @PostMapping("/{id}/trainings")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    @Operation(summary = "The host records a training session: date, topic, participants (人次), hours")
    ResponseEntity<StudioView.TrainingView> training(@PathVariable Long id, @RequestBody StudioTrainingDraft draft) {
        var training = records.record(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/studios/" + id)).body(StudioView.TrainingView.of(training));
    }

    private StudioView view(Studio studio) {
        return StudioView.of(studio, records.innovationsOf(studio.id()), records.trainingsOf(studio.id()));
    }
}
