package org.ronghe.docking.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.demands.DemandBook;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.demands.DemandStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needs for docking in the browser: the list and one need as the visitor may see them (public ones for everyone),
 * posting, revising, solving, closing with a reason and reopening; matches for signed-in users.
 */
@Controller
class DemandPages {

    private final DemandBook book;
    private final DemandRows rows;
    private final DemandViews views;
    private final DemandForms forms;
    private final DemandAccess access;
    private final PageOutcomes outcomes;

    DemandPages(
            DemandBook book,
            DemandRows rows,
            DemandViews views,
            DemandForms forms,
            DemandAccess access,
            PageOutcomes outcomes) {
        this.book = book;
        this.rows = rows;
        this.views = views;
        this.forms = forms;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/docking/needs")
    String list(
            @ModelAttribute("filter") DemandRows.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("needs", rows.find(filter, page, 20));
        model.addAttribute("kinds", DemandKind.values());
        model.addAttribute("statuses", DemandStatus.values());
        model.addAttribute("bodies", forms.bodies());
        return "docking/needs";
    }

    @GetMapping("/docking/needs/new")
    @PreAuthorize("isAuthenticated()")
    String postForm(@RequestParam(required = false) Long bodyId, Model model) {
        return forms.show(forms.blank(bodyId), model);
    }

    @PostMapping("/docking/needs")
    @PreAuthorize("isAuthenticated()")
    String post(@ModelAttribute("form") DemandForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // what could not be read (a number in words) is shown, not dropped
            return forms.show(form, model);
        }
        try {
            DemandDraft terms = forms.terms(form);
            if (!access.canPost(terms)) {
                throw new AccessDeniedException("demand");
            }
            return "redirect:/docking/needs/" + book.post(terms).id();
        } catch (InvalidInput e) {
            DemandForms.reject(e, errors);
            return forms.show(form, model);
        }
    }

    @GetMapping("/docking/needs/{id}")
    String show(@PathVariable Long id, Model model) {
        views.addTo(id, model);
        return "docking/need";
    }

    @GetMapping("/docking/needs/{id}/edit")
    @PreAuthorize("@demandAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("needId", id);
        return forms.show(forms.of(book.get(id)), model);
    }

    /** Revises the need; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/docking/needs/{id}/edit")
    @PreAuthorize("@demandAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") DemandForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("needId", id);
        if (errors.hasErrors()) {
            return forms.show(form, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), forms.terms(form));
            redirect.addFlashAttribute("done", "docking.need.done.revised");
            return "redirect:/docking/needs/" + id;
        } catch (InvalidInput e) {
            DemandForms.reject(e, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, model);
    }

    @PostMapping("/docking/needs/{id}/status")
    @PreAuthorize("@demandAccess.canEdit(#id)")
    String mark(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam DemandStatus status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "docking.need.done.status", () -> book.mark(id, version, status, reason));
        return "redirect:/docking/needs/" + id;
    }
}
