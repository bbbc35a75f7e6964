package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.Versions;
import org.ronghe.docking.fairs.Fair;
import org.ronghe.docking.fairs.FairAccess;
import org.ronghe.docking.fairs.FairBook;
import org.ronghe.docking.fairs.FairDraft;
import org.ronghe.docking.fairs.FairOutcome;
import org.ronghe.docking.fairs.Schedule;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Docking fairs (对接会) for integrators: planned and run by the body's secretariat (selection, proposed pairs, pairs
 * added, moved and removed, outcomes), read by its observers and members' admins; the schedule as .xlsx. 403 for anyone
 * else (audited), 409 on a stale version or a seat already taken.
 */
@RestController
@Tag(name = "Docking fairs", description = "对接会: selection, pairs at tables and time slots, outcomes")
class FairApi {

    private final FairBook book;
    private final FairAccess access;
    private final FairViews views;
    private final FairSchedules schedules;

    FairApi(FairBook book, FairAccess access, FairViews views, FairSchedules schedules) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.schedules = schedules;
    }

    record Revision(Long version, FairDraft terms) {}

    record Selection(Long version, Set<Long> needIds, Set<Long> capabilityIds) {}

    record Step(Long version) {}

    /** A pair named by its need and capability; a seat (table and slot, both from 1) when placing it. */
    record PairStep(Long version, Long needId, Long capabilityId, Integer table, Integer slot) {}

    record Outcome(Long version, Long needId, Long capabilityId, FairOutcome outcome, String note) {}

    @GetMapping("/api/v1/fairs")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The fairs of a body, or of every body the caller reads, newest first")
    List<FairViews.FairRow> list(@RequestParam(required = false) Long bodyId) {
        return views.list(bodyId);
    }

    @PostMapping("/api/v1/fairs")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary =
                    "Plan a fair (the body's secretariat): title, day, place, first slot, slot minutes, tables, slots")
    ResponseEntity<FairViews.FairView> plan(@RequestBody FairDraft terms) {
        if (terms == null || !access.canPlan(terms.bodyId())) {
            throw new AccessDeniedException("fair");
        }
        Fair fair = book.plan(terms);
        return ResponseEntity.created(URI.create("/api/v1/fairs/" + fair.id())).body(views.of(fair));
    }

    @GetMapping("/api/v1/fairs/{id}")
    @PreAuthorize("@fairAccess.canRead(#id)")
    @Operation(summary = "A fair with its needs, capabilities and pairs")
    FairViews.FairView get(@PathVariable Long id) {
        return views.of(book.get(id));
    }

    @PutMapping("/api/v1/fairs/{id}")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Revise a fair's terms (409 when pairs would fall outside its tables and slots)")
    FairViews.FairView revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return views.of(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PutMapping("/api/v1/fairs/{id}/selection")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Select the needs (open, of the body) and capabilities taking part")
    FairViews.FairView select(@PathVariable Long id, @RequestBody Selection selection) {
        return views.of(book.select(
                id,
                Versions.read(selection.version()),
                selection.needIds() == null ? Set.of() : selection.needIds(),
                selection.capabilityIds() == null ? Set.of() : selection.capabilityIds()));
    }

    @PostMapping("/api/v1/fairs/{id}/proposals")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(
            summary = "Let the platform propose pairs from the matches (three per need at most), each at the earliest "
                    + "free seat; pairs added by hand or with an outcome stay")
    Map<String, Object> propose(@PathVariable Long id, @RequestBody Step step) {
        int placed = book.propose(id, Versions.read(step.version()));
        return Map.of("placed", placed, "fair", views.of(book.get(id)));
    }

    @PostMapping("/api/v1/fairs/{id}/pairs")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Add a pair by hand, at the seat given or the earliest free one")
    FairViews.FairView add(@PathVariable Long id, @RequestBody PairStep step) {
        return views.of(book.add(
                id,
                Versions.read(step.version()),
                step.needId(),
                step.capabilityId(),
                Schedule.Seat.numbered(step.table(), step.slot())));
    }

    @PutMapping("/api/v1/fairs/{id}/pairs")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Move a pair to another seat (409 when taken or a side is busy then)")
    FairViews.FairView move(@PathVariable Long id, @RequestBody PairStep step) {
        if (step.table() == null || step.slot() == null) {
            throw new InvalidInput("table", "input.required");
        }
        return views.of(book.move(
                id,
                Versions.read(step.version()),
                step.needId(),
                step.capabilityId(),
                Schedule.Seat.numbered(step.table(), step.slot())));
    }

    @DeleteMapping("/api/v1/fairs/{id}/pairs")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Remove a pair")
    FairViews.FairView remove(
            @PathVariable Long id,
            @RequestParam Long version,
            @RequestParam Long needId,
            @RequestParam Long capabilityId) {
        return views.of(book.remove(id, Versions.read(version), needId, capabilityId));
    }

    @PostMapping("/api/v1/fairs/{id}/outcomes")
    @PreAuthorize("@fairAccess.canRun(#id)")
    @Operation(summary = "Record a pair's outcome: MET, DOCKING (proposes a docking), NOT_INTERESTED, NO_SHOW")
    FairViews.FairView outcome(@PathVariable Long id, @RequestBody Outcome outcome) {
        return views.of(book.outcome(
                id,
                Versions.read(outcome.version()),
                outcome.needId(),
                outcome.capabilityId(),
                outcome.outcome(),
                outcome.note()));
    }

    @GetMapping({"/api/v1/fairs/{id}/schedule", "/docking/fairs/{id}/schedule.xlsx"})
    @PreAuthorize("@fairAccess.canRead(#id)")
    @Operation(summary = "The pairing schedule as .xlsx: time slot, table, both parties, outcome")
    void schedule(@PathVariable Long id, HttpServletResponse response, Locale locale) throws IOException {
        schedules.write(views.of(book.get(id)), response, locale);
    }
}
