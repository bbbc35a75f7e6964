package org.ronghe.training.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.training.courses.Course;
import org.ronghe.training.courses.CourseBook;
import org.ronghe.training.courses.CourseDraft;
import org.ronghe.training.enrolments.TrainingAccess;
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

/** Courses in the browser: a body's courses, offering and revising one, one course with its sessions. */
@Controller
class TrainingPages {

    private final CourseBook book;
    private final TrainingAccess access;
    private final TrainingViews views;
    private final PageOutcomes outcomes;

    TrainingPages(CourseBook book, TrainingAccess access, TrainingViews views, PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.outcomes = outcomes;
    }

    @GetMapping("/trainings")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page, Model model) {
        var bodies = views.bodies();
        Long shown = bodyId != null
                ? bodyId
                : bodies.isEmpty() ? null : bodies.get(0).id();
        if (shown != null && !access.canReadBody(shown)) {
            throw new AccessDeniedException("training of body " + shown);
        }
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodyId", shown);
        model.addAttribute(
                "courses",
                shown == null
                        ? new PageResult<Course>(java.util.List.of(), 0, 20, 0)
                        : book.of(shown, Math.max(page, 0), 20));
        model.addAttribute(
                "canOffer", shown != null && !views.providersFor(shown).isEmpty());
        model.addAttribute("canSeeFigures", shown != null && access.canReadFigures(shown, null, null));
        model.addAttribute("ownOrganisations", views.ownOrganisations());
        return "training/courses";
    }

    @GetMapping("/trainings/new")
    @PreAuthorize("@trainingAccess.canReadBody(#bodyId)")
    String offerForm(@RequestParam Long bodyId, Model model) {
        return views.courseForm(CourseForm.blank(bodyId), null, model);
    }

    @PostMapping("/trainings")
    @PreAuthorize("@trainingAccess.canReadBody(#form.bodyId)")
    String offer(@ModelAttribute("form") CourseForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // what could not be read (hours in words) is shown, not dropped
            return views.courseForm(form, null, model);
        }
        try {
            CourseDraft draft = form.draft();
            if (!access.canOffer(draft)) {
                throw new AccessDeniedException("course offer");
            }
            return "redirect:/trainings/courses/" + book.offer(draft).id();
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
            return views.courseForm(form, null, model);
        }
    }

    @GetMapping("/trainings/courses/{id}/edit")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Course course = book.get(id);
        return views.courseForm(CourseForm.of(course.asDraft(), course.version()), id, model);
    }

    @PostMapping("/trainings/courses/{id}/edit")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") CourseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return views.courseForm(form, id, model);
        }
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.draft());
            redirect.addFlashAttribute("done", "training.done.revised");
            return "redirect:/trainings/courses/" + id;
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return views.courseForm(form, id, model);
    }

    @GetMapping("/trainings/courses/{id}")
    @PreAuthorize("@trainingAccess.canReadCourse(#id)")
    String show(@PathVariable Long id, Model model) {
        views.coursePage(id, new SessionForm(), model);
        return "training/course";
    }

    @PostMapping("/trainings/courses/{id}/withdraw")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    String withdraw(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "training.done.withdrawn", () -> book.withdraw(id, version));
        return "redirect:/trainings/courses/" + id;
    }

    /** Schedules a session; on a problem the course page comes back with the form as typed. */
    @PostMapping("/trainings/courses/{id}/sessions")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    String schedule(
            @PathVariable Long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/trainings/sessions/"
                        + book.schedule(id, form.draft()).id();
            } catch (InvalidInput e) {
                FormErrors.rejectOnForm(errors, e);
            } catch (RuleBroken e) {
                model.addAttribute("problem", outcomes.problem(e));
            }
        }
        views.coursePage(id, form, model);
        return "training/course";
    }
}
