package org.ronghe.docking.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.docking.capabilities.CapabilityAccess;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;
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
 * The capability catalogue in the browser: the list and one item for everyone, offering, revising and withdrawing for
 * the organisation's admins (and secretariats of its bodies); matching needs for signed-in users.
 */
@Controller
class CapabilityPages {

    private final CapabilityBook book;
    private final CapabilityRows rows;
    private final CapabilityViews views;
    private final CapabilityForms forms;
    private final CapabilityAccess access;
    private final PageOutcomes outcomes;

    CapabilityPages(
            CapabilityBook book,
            CapabilityRows rows,
            CapabilityViews views,
            CapabilityForms forms,
            CapabilityAccess access,
            PageOutcomes outcomes) {
        this.book = book;
        this.rows = rows;
        this.views = views;
        this.forms = forms;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/docking/capabilities")
    String list(
            @ModelAttribute("filter") CapabilityRows.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("capabilities", rows.find(filter, page, 20));
        model.addAttribute("kinds", CapabilityKind.values());
        return "docking/capabilities";
    }

    @GetMapping("/docking/capabilities/new")
    @PreAuthorize("isAuthenticated()")
    String offerForm(@RequestParam(required = false) CapabilityKind kind, Model model) {
        return forms.show(forms.blank(kind), model);
    }

    @PostMapping("/docking/capabilities")
    @PreAuthorize("isAuthenticated()")
    String offer(@ModelAttribute("form") CapabilityForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // what could not be read (a number in words) is shown, not dropped
            return forms.show(form, model);
        }
        try {
            CapabilityDraft terms = forms.terms(form);
            if (!access.canOffer(terms)) {
                throw new AccessDeniedException("capability");
            }
            return "redirect:/docking/capabilities/" + book.offer(terms).id();
        } catch (InvalidInput e) {
            CapabilityForms.reject(e, errors);
            return forms.show(form, model);
        }
    }

    @GetMapping("/docking/capabilities/{id}")
    String show(@PathVariable Long id, Model model) {
        views.addTo(id, model);
        return "docking/capability";
    }

    @GetMapping("/docking/capabilities/{id}/edit")
    @PreAuthorize("@capabilityAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("capabilityId", id);
        return forms.show(forms.of(book.get(id)), model);
    }

    @PostMapping("/docking/capabilities/{id}/edit")
    @PreAuthorize("@capabilityAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") CapabilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("capabilityId", id);
        if (errors.hasErrors()) {
            return forms.show(form, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), forms.terms(form));
            redirect.addFlashAttribute("done", "docking.capability.done.revised");
            return "redirect:/docking/capabilities/" + id;
        } catch (InvalidInput e) {
            CapabilityForms.reject(e, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, model);
    }

    @PostMapping("/docking/capabilities/{id}/withdraw")
    @PreAuthorize("@capabilityAccess.canEdit(#id)")
    String withdraw(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "docking.capability.done.withdrawn", () -> book.withdraw(id, version));
        return "redirect:/docking/capabilities/" + id;
    }
}
