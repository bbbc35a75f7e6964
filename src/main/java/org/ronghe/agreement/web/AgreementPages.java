package org.ronghe.agreement.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.AgreementList;
import org.ronghe.agreement.AgreementStatus;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
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
 * Agreements in the browser: the list, drafting, revising, one agreement and its print (the actions on it:
 * {@link AgreementActionPages}).
 */
@Controller
class AgreementPages {

    private final AgreementBook agreements;
    private final AgreementList list;
    private final AgreementAccess access;
    private final AgreementViews views;
    private final AgreementForms forms;
    private final PageOutcomes outcomes;

    AgreementPages(
            AgreementBook agreements,
            AgreementList list,
            AgreementAccess access,
            AgreementViews views,
            AgreementForms forms,
            PageOutcomes outcomes) {
        this.agreements = agreements;
        this.list = list;
        this.access = access;
        this.views = views;
        this.forms = forms;
        this.outcomes = outcomes;
    }

    @GetMapping("/agreements")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("filter") AgreementList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("agreements", list.find(filter, access.visibility(), page, 20));
        model.addAttribute("bodies", forms.bodies());
        model.addAttribute("partyName", filter.party() == null ? null : forms.nameOf(filter.party()));
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
        return "agreements/list";
    }

    @GetMapping("/agreements/new")
    @PreAuthorize("isAuthenticated()")
    String draftForm(@RequestParam(required = false) Long bodyId, Model model) {
        AgreementForm form = AgreementForm.blank();
        form.setBodyId(bodyId);
        return forms.show(form, model);
    }

    @PostMapping("/agreements")
    @PreAuthorize("isAuthenticated()")
    String draft(@ModelAttribute("form") AgreementForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // an amount that could not be read is shown with why, not saved as none
            return forms.show(form, model);
        }
        try {
            AgreementDraft terms = forms.terms(form);
            if (!access.canDraft(terms)) {
                throw new AccessDeniedException("agreement draft");
            }
            return "redirect:/agreements/" + agreements.draft(terms).id();
        } catch (InvalidInput e) {
            AgreementForms.reject(e, errors);
            return forms.show(form, model);
        }
    }

    @GetMapping("/agreements/{id}/edit")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("agreementId", id);
        return forms.show(forms.of(agreements.get(id)), model);
    }

    /** Revises the terms; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/agreements/{id}/edit")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("agreementId", id);
        if (errors.hasErrors()) {
            return forms.show(form, model);
        }
        try {
            agreements.revise(id, form.getVersion() == null ? -1 : form.getVersion(), forms.terms(form));
            redirect.addFlashAttribute("done", "agreement.done.revised");
            return "redirect:/agreements/" + id;
        } catch (InvalidInput e) {
            AgreementForms.reject(e, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, model);
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        views.page(id, model);
        return "agreements/show";
    }

    /** The agreement's summary for print: parties, commitments, obligations and their status, documents. */
    @GetMapping("/agreements/{id}/print")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    String print(@PathVariable Long id, Model model) {
        views.print(id, model);
        return "agreements/print";
    }

    /** The meetings of the body chosen on the form, to pick the one where the agreement was signed. */
    @GetMapping("/agreements/meetings")
    @PreAuthorize("isAuthenticated()")
    String meetings(@RequestParam(required = false) Long bodyId, Model model) {
        model.addAttribute("meetings", forms.meetingsOf(bodyId));
        return "agreements/form :: meetingField";
    }
}
