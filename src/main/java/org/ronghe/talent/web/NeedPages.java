package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.needs.EducationLevel;
import org.ronghe.talent.needs.NeedAccess;
import org.ronghe.talent.needs.NeedBook;
import org.ronghe.talent.needs.NeedDraft;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedStatus;
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

/** Talent needs in the browser: a body's list, posting, one need with the programmes answering it, revising. */
@Controller
class NeedPages {

    private final NeedBook book;
    private final NeedList list;
    private final NeedViews views;
    private final NeedForms forms;
    private final NeedAccess access;
    private final PageOutcomes outcomes;

    NeedPages(
            NeedBook book, NeedList list, NeedViews views, NeedForms forms, NeedAccess access, PageOutcomes outcomes) {
        this.book = book;
        this.list = list;
        this.views = views;
        this.forms = forms;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/needs")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("filter") NeedList.Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("needs", list.find(filter, page, 20));
        model.addAttribute("bodies", forms.bodies());
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("statuses", NeedStatus.values());
        return "talent/needs";
    }

    @GetMapping("/talent/needs/new")
    @PreAuthorize("isAuthenticated()")
    String postForm(@RequestParam(required = false) Long bodyId, Model model) {
        return forms.show(forms.blank(bodyId), model);
    }

    @PostMapping("/talent/needs")
    @PreAuthorize("isAuthenticated()")
    String post(@ModelAttribute("form") NeedForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // a number or date that could not be read is shown with why, not saved as none
            return forms.show(form, model);
        }
        try {
            NeedDraft terms = forms.terms(form);
            if (!access.canPost(terms)) {
                throw new AccessDeniedException("talent need");
            }
            return "redirect:/talent/needs/" + book.post(terms).id();
        } catch (InvalidInput e) {
            NeedForms.reject(e, errors);
            return forms.show(form, model);
        }
    }

    @GetMapping("/talent/needs/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        views.of(id).addTo(model);
        return "talent/need";
    }

    @GetMapping("/talent/needs/{id}/edit")
    @PreAuthorize("@needAccess.canEditNeed(#id)")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("needId", id);
        return forms.show(forms.of(book.get(id)), model);
    }

    /** Revises the need; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/talent/needs/{id}/edit")
    @PreAuthorize("@needAccess.canEditNeed(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") NeedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("needId", id);
        if (errors.hasErrors()) {
            return forms.show(form, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), forms.terms(form));
            redirect.addFlashAttribute("done", "talent.need.done.revised");
            return "redirect:/talent/needs/" + id;
        } catch (InvalidInput e) {
            NeedForms.reject(e, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, model);
    }

    @PostMapping("/talent/needs/{id}/status")
    @PreAuthorize("@needAccess.canEditNeed(#id)")
    String mark(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam NeedStatus status,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.need.done.status", () -> book.mark(id, version, status));
        return "redirect:/talent/needs/" + id;
    }
}
