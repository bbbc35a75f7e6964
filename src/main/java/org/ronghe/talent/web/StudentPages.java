package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentList;
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
 * Students in the browser: a school's list (or the students consenting to the user's organisation), enrolling, one
 * student, revising (consents: {@link StudentConsentPages}; the student's log-in: {@link StudentAccountPages}). Numbers
 * are masked; a personal-data officer may show them (audited).
 */
@Controller
class StudentPages {

    private final StudentBook book;
    private final StudentListing listing;
    private final StudentProfiles profiles;
    private final StudentForms forms;
    private final StudentAccess access;
    private final PageOutcomes outcomes;

    StudentPages(
            StudentBook book,
            StudentListing listing,
            StudentProfiles profiles,
            StudentForms forms,
            StudentAccess access,
            PageOutcomes outcomes) {
        this.book = book;
        this.listing = listing;
        this.profiles = profiles;
        this.forms = forms;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/students")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("filter") StudentList.Filter given,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        listing.fill(given, full, page, model);
        return "talent/students";
    }

    @GetMapping("/talent/students/new")
    @PreAuthorize("@studentAccess.canKeep(#schoolId)")
    String enrolForm(@RequestParam Long schoolId, @RequestParam(required = false) Long programmeId, Model model) {
        StudentForm form = new StudentForm();
        form.setSchoolId(schoolId);
        form.setProgrammeId(programmeId);
        return forms.show(form, null, model);
    }

    @PostMapping("/talent/students")
    @PreAuthorize("isAuthenticated()")
    String enrol(@ModelAttribute("form") StudentForm form, BindingResult errors, Model model) {
        if (!access.canKeep(form.getSchoolId())) {
            throw new AccessDeniedException("student");
        }
        if (errors.hasErrors()) { // a gender or programme the binder could not read is shown with why, not dropped
            return forms.show(form, null, model);
        }
        try {
            return "redirect:/talent/students/" + book.enrol(form.details()).id();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
            return forms.show(form, null, model);
        }
    }

    @GetMapping("/talent/students/{id}")
    @PreAuthorize("@studentAccess.canRead(#id)")
    String show(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean full, Model model) {
        profiles.of(id, full).addTo(model);
        return "talent/student";
    }

    @GetMapping("/talent/students/{id}/edit")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String editForm(@PathVariable Long id, Model model) {
        return forms.show(profiles.formOf(id), id, model);
    }

    @PostMapping("/talent/students/{id}/edit")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") StudentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return forms.show(form, id, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            redirect.addFlashAttribute("done", "talent.student.done.revised");
            return "redirect:/talent/students/" + id;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return forms.show(form, id, model);
    }
}
