package org.ronghe.docking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.docking.fairs.Fair;
import org.ronghe.docking.fairs.FairAccess;
import org.ronghe.docking.fairs.FairBook;
import org.ronghe.docking.fairs.FairDraft;
import org.ronghe.docking.fairs.FairOutcome;
import org.ronghe.docking.fairs.Schedule.Seat;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Docking fairs in the browser: the list, planning, selection, pairs and their outcomes. */
@Controller
class FairPages {

    private final FairBook book;
    private final FairAccess access;
    private final FairViews views;
    private final Community community;
    private final Permissions permissions;
    private final PageOutcomes outcomes;

    FairPages(
            FairBook book,
            FairAccess access,
            FairViews views,
            Community community,
            Permissions permissions,
            PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.community = community;
        this.permissions = permissions;
        this.outcomes = outcomes;
    }

    @GetMapping("/docking/fairs")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("fairs", views.list(null));
        model.addAttribute(
                "planning",
                permissions.bodiesAs(Role.SECRETARIAT).stream()
                        .map(community::get)
                        .toList());
        return "docking/fairs";
    }

    @PostMapping("/docking/fairs")
    @PreAuthorize("isAuthenticated()")
    String plan(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @RequestParam(required = false) String slotMinutes,
            @RequestParam(required = false) String tables,
            @RequestParam(required = false) String slots,
            RedirectAttributes redirect) {
        if (!access.canPlan(bodyId)) {
            throw new AccessDeniedException("fair");
        }
        return outcomes.redirectToMade(
                redirect,
                "docking.fair.done.planned",
                () -> "/docking/fairs/"
                        + book.plan(new FairDraft(
                                        bodyId,
                                        title,
                                        heldOn,
                                        place,
                                        startsAt,
                                        TypedNumbers.whole("slotMinutes", slotMinutes),
                                        TypedNumbers.whole("tables", tables),
                                        TypedNumbers.whole("slots", slots)))
                                .id(),
                "/docking/fairs");
    }

    @GetMapping("/docking/fairs/{id}")
    @PreAuthorize("@fairAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        Fair fair = book.get(id);
        boolean runs = access.canRun(id);
        model.addAttribute("fair", views.of(fair));
        model.addAttribute("runs", runs);
        model.addAttribute("outcomes", FairOutcome.values());
        if (runs) {
            model.addAttribute("selectableNeeds", views.selectableNeeds(fair));
            model.addAttribute("selectableCapabilities", views.selectableCapabilities(fair));
        }
        return "docking/fair";
    }

    @PostMapping("/docking/fairs/{id}/selection")
    @PreAuthorize("@fairAccess.canRun(#id)")
    String select(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) Set<Long> needIds,
            @RequestParam(required = false) Set<Long> capabilityIds,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "docking.fair.done.selected",
                () -> book.select(
                        id,
                        version,
                        needIds == null ? Set.of() : needIds,
                        capabilityIds == null ? Set.of() : capabilityIds));
        return "redirect:/docking/fairs/" + id + "#selection";
    }

    @PostMapping("/docking/fairs/{id}/proposals")
    @PreAuthorize("@fairAccess.canRun(#id)")
    String propose(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "docking.fair.done.proposed", () -> book.propose(id, version));
        return "redirect:/docking/fairs/" + id + "#pairs";
    }

    @PostMapping("/docking/fairs/{id}/pairs/{step}")
    @PreAuthorize("@fairAccess.canRun(#id)")
    String pair(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam Long needId,
            @RequestParam Long capabilityId,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) FairOutcome outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "docking.fair.done." + step, () -> {
            Seat seat = Seat.numbered(TypedNumbers.whole("table", table), TypedNumbers.whole("slot", slot));
            switch (step) {
                case "add" -> book.add(id, version, needId, capabilityId, seat);
                case "move" -> book.move(id, version, needId, capabilityId, seat == null ? new Seat(0, -1) : seat);
                case "remove" -> book.remove(id, version, needId, capabilityId);
                case "outcome" -> book.outcome(id, version, needId, capabilityId, outcome, note);
                default -> throw new org.ronghe.core.NotFound("fair step", id);
            }
        });
        return "redirect:/docking/fairs/" + id + "#pairs";
    }
}
