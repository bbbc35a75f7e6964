package org.ronghe.talent.web;

import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.talent.students.StudentBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school records and withdraws a student's consent to share with an organisation, on the student's page. */
@Controller
class StudentConsentPages {

    private final StudentBook book;
    private final Directory directory;
    private final PageOutcomes outcomes;

    StudentConsentPages(StudentBook book, Directory directory, PageOutcomes outcomes) {
        this.book = book;
        this.directory = directory;
        this.outcomes = outcomes;
    }

    @PostMapping("/talent/students/{id}/consents")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String consent(
            @PathVariable Long id, @RequestParam(defaultValue = "") String organisation, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.consent.done.given", () -> book.consentTo(id, directory.pick(organisation)));
        return "redirect:/talent/students/" + id + "#consents";
    }

    @PostMapping("/talent/students/{id}/consents/{organisationId}/withdraw")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String withdraw(@PathVariable Long id, @PathVariable Long organisationId, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.consent.done.withdrawn", () -> book.withdrawConsent(id, organisationId));
        return "redirect:/talent/students/" + id + "#consents";
    }
}
