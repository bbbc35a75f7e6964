package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.ProgrammeAccess;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammeList;
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

/** Programmes in the browser: the list, setting one up, one programme with its cohorts, revising it. */
@Controller
class ProgrammePages {

    private final ProgrammeBook book;
    private final ProgrammeList list;
    private final ProgrammeViews views;
    private final ProgrammeForms forms;
    private final ProgrammeAccess access;
    private final PageOutcomes outcomes;

    ProgrammePages(
            ProgrammeBook book,
            ProgrammeList list,
            ProgrammeViews views,
            ProgrammeForms forms,
            ProgrammeAccess access,
            PageOutcomes outcomes) {
        this.book = book;
        this.list = list;
        this.views = views;
        this.forms = forms;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/programmes")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("filter") ProgrammeList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("programmes", list.find(filter, page, 20));
        model.addAttribute("bodies", forms.bodies());
        model.addAttribute("kinds", ProgrammeKind.values());
        return "talent/programmes";
    }

    @GetMapping("/talent/programmes/new")
    @PreAuthorize("isAuthenticated()")
    String launchForm(
            @RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long needId, Model model) {
        ProgrammeForm form = ProgrammeForm.blank();
        form.setBodyId(bodyId);
        if (needId != null) {
            form.getNeedIds().add(needId);
        }
        return forms.show(form, model);
    }

    @PostMapping("/talent/programmes")
    @PreAuthorize("isAuthenticated()")
    String launch(@ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // what could not be read (a size in words) is shown, not dropped
            return forms.show(form, model);
        }
        try {
            ProgrammeDraft terms = forms.terms(form);
            if (!access.canLaunch(terms)) {
                throw new AccessDeniedException("programme");
            }
            return "redirect:/talent/programmes/" + book.launch(terms).id();
        } catch (InvalidInput e) {
            ProgrammeForms.reject(e, form, errors);
            return forms.show(form, model);
        }
    }

    @GetMapping("/talent/programmes/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        views.of(id).addTo(model);
        return "talent/programme";
    }

    @GetMapping("/talent/programmes/{id}/edit")
    @PreAuthorize("@programmeAccess.canEditProgramme(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Programme programme = book.get(id);
        model.addAttribute("programmeId", id);
        return forms.show(
                ProgrammeForm.of(programme.terms(), programme.version(), forms.names(programme.terms())), model);
    }

    @PostMapping("/talent/programmes/{id}/edit")
    @PreAuthorize("@programmeAccess.canEditProgramme(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("programmeId", id);
        if (errors.hasErrors()) {
            return forms.show(form, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), forms.terms(form));
            redirect.addFlashAttribute("done", "talent.programme.done.revised");
            return "redirect:/talent/programmes/" + id;
        } catch (InvalidInput e) {
            ProgrammeForms.reject(e, form, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, model);
    }

    @PostMapping("/talent/programmes/{id}/cohorts")
    @PreAuthorize("@programmeAccess.canEditProgramme(#id)")
    String openCohort(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) String intakeYear,
            @RequestParam(required = false) String plannedSize,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "talent.cohort.done.opened",
                () -> book.openCohort(
                        id,
                        version,
                        TypedNumbers.whole("intakeYear", intakeYear),
                        TypedNumbers.whole("plannedSize", plannedSize)));
        return "redirect:/talent/programmes/" + id + "#cohorts";
    }

    /** The agreements and open needs of the body chosen on the form, to pick from. */
    @GetMapping("/talent/programmes/body-options")
    @PreAuthorize("isAuthenticated()")
    String bodyOptions(@RequestParam(required = false) Long bodyId, Model model) {
        ProgrammeForm form = ProgrammeForm.blank();
        form.setBodyId(bodyId);
        forms.show(form, model);
        return "talent/programme-form :: bodyOptions";
    }
}
