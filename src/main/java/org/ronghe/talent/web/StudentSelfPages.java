package org.ronghe.talent.web;

import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentSelfService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's own data (PIPL) in the browser: seen in full, corrections asked for, consents withdrawn at once. Only for
 * a signed-in student: the log-in is tied to one student record. The same as JSON: {@link StudentSelfApi}.
 */
@Controller
class StudentSelfPages {

    private final MyStudentData data;
    private final StudentSelfService self;
    private final StudentBook students;
    private final PageOutcomes outcomes;

    StudentSelfPages(MyStudentData data, StudentSelfService self, StudentBook students, PageOutcomes outcomes) {
        this.data = data;
        this.self = self;
        this.students = students;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/me")
    @PreAuthorize("hasRole('STUDENT')")
    String me(Model model) {
        model.addAttribute("me", data.read("self"));
        model.addAttribute("fields", CorrectionRequest.Field.values());
        return "talent/me";
    }

    @PostMapping("/talent/me/corrections")
    @PreAuthorize("hasRole('STUDENT')")
    String requestCorrection(
            @RequestParam(required = false) CorrectionRequest.Field field,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect, "talent.correction.done.requested", () -> self.requestCorrection(data.me(), field, message));
        return "redirect:/talent/me#corrections";
    }

    @PostMapping("/talent/me/consents/{organisationId}/withdraw")
    @PreAuthorize("hasRole('STUDENT')")
    String withdraw(@PathVariable Long organisationId, RedirectAttributes redirect) {
        outcomes.attempt(
                redirect, "talent.consent.done.withdrawn", () -> students.withdrawConsent(data.me(), organisationId));
        return "redirect:/talent/me#consents";
    }
}
