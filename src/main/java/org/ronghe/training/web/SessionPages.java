package org.ronghe.training.web;

import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.training.enrolments.EnrolmentBook;
import org.ronghe.training.enrolments.EnrolmentDraft;
import org.ronghe.training.enrolments.TrainingAccess;
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
 * One session in the browser: its enrolments as the user may see them; enrolling a worker (the enterprise or the
 * secretariat), attendance and results (the provider), confirming or disputing (the enterprise).
 */
@Controller
class SessionPages {

    private final EnrolmentBook book;
    private final TrainingAccess access;
    private final TrainingViews views;
    private final PageOutcomes outcomes;

    SessionPages(EnrolmentBook book, TrainingAccess access, TrainingViews views, PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.outcomes = outcomes;
    }

    @GetMapping("/trainings/sessions/{id}")
    @PreAuthorize("@trainingAccess.canReadSession(#id)")
    String show(@PathVariable Long id, Model model) {
        views.sessionPage(id, new EnrolForm(), model);
        return "training/session";
    }

    /** Enrols a worker; on a problem the page comes back with the form as typed (to the one who typed it). */
    @PostMapping("/trainings/sessions/{id}/enrolments")
    @PreAuthorize("@trainingAccess.canReadSession(#id)")
    String enrol(
            @PathVariable Long id,
            @ModelAttribute("enrolForm") EnrolForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) { // an enterprise or consent the binder could not read is shown with why, not refused
            views.sessionPage(id, form, model);
            return "training/session";
        }
        EnrolmentDraft draft = form.draft(id);
        if (!access.canEnrol(draft)) {
            throw new AccessDeniedException("enrolment");
        }
        try {
            book.enrol(draft);
            redirect.addFlashAttribute("done", "training.done.enrolled");
            return "redirect:/trainings/sessions/" + id + "#enrolments";
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
        } catch (RuleBroken e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        views.sessionPage(id, form, model);
        return "training/session";
    }

    @PostMapping("/trainings/enrolments/{id}/attendance")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#organisationId)")
    String attendance(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam Long organisationId,
            @RequestParam(required = false) String hours,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "training.done.attendance",
                () -> book.recordAttendance(id, version, organisationId, hours(hours)));
        return back(id);
    }

    @PostMapping("/trainings/enrolments/{id}/{result:pass|fail}")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#organisationId)")
    String result(
            @PathVariable Long id,
            @PathVariable String result,
            @RequestParam long version,
            @RequestParam Long organisationId,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "training.done." + result,
                () -> book.decide(id, version, organisationId, result.equals("pass")));
        return back(id);
    }

    @PostMapping("/trainings/enrolments/{id}/{decision:confirm|dispute}")
    @PreAuthorize("@trainingAccess.canReadEnrolment(#id) and @trainingAccess.canActFor(#organisationId)")
    String decide(
            @PathVariable Long id,
            @PathVariable String decision,
            @RequestParam long version,
            @RequestParam Long organisationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "training.done." + decision, () -> {
            if (decision.equals("confirm")) {
                book.confirm(id, version, organisationId);
            } else {
                book.dispute(id, version, organisationId, reason);
            }
        });
        return back(id);
    }

    /** Hours as typed: a whole number, or a problem in the user's language. */
    private static int hours(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("hours", "training.enrolment.hours-unreadable");
        }
    }

    private String back(Long enrolmentId) {
        return "redirect:/trainings/sessions/" + book.get(enrolmentId).sessionId() + "#enrolment-" + enrolmentId;
    }
}
