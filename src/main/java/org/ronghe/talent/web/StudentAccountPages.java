package org.ronghe.talent.web;

import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentSelfService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school opens a student's own log-in and answers the student's correction requests, on the student's page. */
@Controller
class StudentAccountPages {

    private final StudentSelfService self;
    private final PageOutcomes outcomes;

    StudentAccountPages(StudentSelfService self, PageOutcomes outcomes) {
        this.self = self;
        this.outcomes = outcomes;
    }

    @PostMapping("/talent/students/{id}/account")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String openAccount(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.student.account.done", () -> self.openAccount(id, username, password));
        return "redirect:/talent/students/" + id + "#account";
    }

    @PostMapping("/talent/students/{id}/corrections/{requestId}")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String answer(
            @PathVariable Long id,
            @PathVariable Long requestId,
            @RequestParam(required = false) CorrectionRequest.Status status,
            @RequestParam(defaultValue = "") String response,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect, "talent.correction.done.answered", () -> self.answer(id, requestId, status, response));
        return "redirect:/talent/students/" + id + "#account";
    }
}
