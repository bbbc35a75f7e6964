package org.ronghe.docking.web;

import java.time.LocalDate;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.dockings.DockingAccess;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.docking.dockings.DockingDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dockings in the browser: the caller's list, one docking with its history and the steps the caller may take (answer,
 * log a meeting, draft the agreement, close), and proposing from a need's matches.
 */
@Controller
class DockingPages {

    private final DockingBook book;
    private final DockingAccess access;
    private final DockingViews views;
    private final DemandAccess demands;
    private final PageOutcomes outcomes;

    DockingPages(
            DockingBook book, DockingAccess access, DockingViews views, DemandAccess demands, PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.demands = demands;
        this.outcomes = outcomes;
    }

    @GetMapping("/docking/dockings")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("dockings", views.mine());
        return "docking/dockings";
    }

    @GetMapping("/docking/dockings/{id}")
    @PreAuthorize("@dockingAccess.canSee(#id)")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("docking", views.of(book.get(id)));
        return "docking/docking";
    }

    @PostMapping("/docking/dockings")
    @PreAuthorize("isAuthenticated()")
    String propose(
            @RequestParam Long needId,
            @RequestParam Long capabilityId,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        try {
            Long id = DockingApi.propose(
                            new DockingDraft(needId, capabilityId, null, null, message), book, access, demands)
                    .id();
            redirect.addFlashAttribute("done", "docking.docking.done.proposed");
            return "redirect:/docking/dockings/" + id;
        } catch (InvalidInput | RuleBroken e) {
            redirect.addFlashAttribute("problem", outcomes.problem(e));
            return "redirect:/docking/needs/" + needId;
        }
    }

    @PostMapping("/docking/dockings/{id}/{step}")
    @PreAuthorize("@dockingAccess.canAct(#id)")
    String step(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        var docking = book.get(id);
        outcomes.attempt(redirect, "docking.docking.done." + step, () -> {
            switch (step) {
                case "accept" -> book.accept(id, version, access.actingSide(docking, true));
                case "decline" -> book.decline(id, version, access.actingSide(docking, true), reason);
                case "meetings" ->
                    book.meet(
                            id,
                            version,
                            access.actingSide(docking, false),
                            new DockingBook.Meeting(heldOn, place, notes));
                case "agreement" -> book.draftAgreement(id, version, access.actingSide(docking, false));
                case "close" -> book.close(id, version, access.actingSide(docking, false), reason);
                default -> throw new org.ronghe.core.NotFound("docking step", id);
            }
        });
        return "redirect:/docking/dockings/" + id;
    }
}
