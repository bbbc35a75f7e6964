package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ronghe.core.Versions;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.dockings.Docking;
import org.ronghe.docking.dockings.DockingAccess;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.docking.dockings.DockingDraft;
import org.ronghe.docking.dockings.DockingFunnel;
import org.ronghe.docking.dockings.DockingSide;
import org.ronghe.docking.web.DockingViews.DockingRow;
import org.ronghe.docking.web.DockingViews.DockingView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dockings for integrators: proposing (either side's admins, or the body's secretariat), answering (the other side; for
 * a secretariat's proposal, each side), meetings, the agreement drafted from it, closing; contacts only once accepted.
 * 403 for anyone else (audited), 409 when the version read is stale or the step is not possible now.
 */
@RestController
@RequestMapping("/api/v1/dockings")
@Tag(
        name = "Dockings",
        description = "对接: proposals between needs and capabilities, their answers, meetings and agreements")
class DockingApi {

    private final DockingBook book;
    private final DockingAccess access;
    private final DockingViews views;
    private final DemandAccess demands;
    private final DockingFunnelViews funnels;

    DockingApi(
            DockingBook book,
            DockingAccess access,
            DockingViews views,
            DemandAccess demands,
            DockingFunnelViews funnels) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.demands = demands;
        this.funnels = funnels;
    }

    record Answer(Long version, String reason) {}

    record MeetingRecord(Long version, java.time.LocalDate heldOn, String place, String notes) {}

    @GetMapping("/funnel")
    @PreAuthorize("@dockingAccess.canReadFunnel(#bodyId)")
    @Operation(
            summary = "A body's docking funnel: needs posted, matched, proposed, accepted, agreement signed, in force; "
                    + "in all, by kind and by industry section (secretariat, observers)")
    DockingFunnel.Figures funnel(@RequestParam Long bodyId) {
        return funnels.figures(bodyId);
    }

    @GetMapping("/funnel/needs")
    @PreAuthorize("@dockingAccess.canReadFunnel(#bodyId)")
    @Operation(
            summary = "The needs behind a funnel figure (a stage, optionally a kind and an industry section, '-' for "
                    + "none): the total, and the first 200 the caller may see, newest first")
    DockingFunnelViews.NeedLines funnelNeeds(
            @RequestParam Long bodyId,
            @RequestParam DockingFunnel.Stage stage,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String industry) {
        return funnels.needs(bodyId, stage, kind, industry);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's dockings (their organisations' and bodies'), newest first, at most 200")
    List<DockingRow> mine() {
        return views.mine();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@dockingAccess.canSee(#id)")
    @Operation(summary = "One docking; the sides' contacts once it is accepted")
    DockingView get(@PathVariable Long id) {
        return views.of(book.get(id));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Propose a docking between a need and a capability (needId, capabilityId) or two organisations")
    ResponseEntity<DockingView> propose(@RequestBody DockingDraft draft) {
        DockingView view = views.of(propose(draft, book, access, demands));
        return ResponseEntity.created(URI.create("/api/v1/dockings/" + view.id()))
                .body(view);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    @Operation(summary = "Accept for the caller's side")
    DockingView accept(@PathVariable Long id, @RequestBody Answer answer) {
        Docking d = book.get(id);
        return views.of(book.accept(id, Versions.read(answer.version()), access.actingSide(d, true)));
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    @Operation(summary = "Decline for the caller's side, with a reason")
    DockingView decline(@PathVariable Long id, @RequestBody Answer answer) {
        Docking d = book.get(id);
        return views.of(book.decline(id, Versions.read(answer.version()), access.actingSide(d, true), answer.reason()));
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    @Operation(summary = "Log a meeting of an accepted docking: day, place, notes")
    DockingView meet(@PathVariable Long id, @RequestBody MeetingRecord meeting) {
        Docking d = book.get(id);
        return views.of(book.meet(
                id,
                Versions.read(meeting.version()),
                access.actingSide(d, false),
                new DockingBook.Meeting(meeting.heldOn(), meeting.place(), meeting.notes())));
    }

    @PostMapping("/{id}/agreement")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    @Operation(summary = "Draft an agreement between the two sides from an accepted docking; answers its id")
    Map<String, Long> draftAgreement(@PathVariable Long id, @RequestBody Answer answer) {
        Docking d = book.get(id);
        return Map.of(
                "agreementId", book.draftAgreement(id, Versions.read(answer.version()), access.actingSide(d, false)));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    @Operation(summary = "Close a docking with a reason")
    DockingView close(@PathVariable Long id, @RequestBody Answer answer) {
        Docking d = book.get(id);
        return views.of(book.close(id, Versions.read(answer.version()), access.actingSide(d, false), answer.reason()));
    }

    /**
     * Proposes as the side the caller acts for (the need's, the offer's, or the secretariat's); a need the caller may
     * not see does not exist for them.
     */
    static Docking propose(DockingDraft draft, DockingBook book, DockingAccess access, DemandAccess demands) {
        if (draft.needId() != null) {
            demands.visible(draft.needId());
        }
        DockingBook.Sides sides = book.sidesOf(draft);
        DockingSide side =
                access.sides(sides.needOrganisationId(), sides.offerOrganisationId(), sides.bodyId()).stream()
                        .findFirst()
                        .orElseThrow(() -> new AccessDeniedException("docking"));
        return book.propose(draft, side);
    }
}
