package org.ronghe.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import org.ronghe.agreement.Reminders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The reminders inbox: a fragment the home page loads for signed-in users (htmx), and the same as JSON. Loaded by
 * URL so that the home page (community) needs no code of this module.
 */
@Controller
class InboxPages {

    private final Reminders reminders;

    InboxPages(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/inbox")
    @PreAuthorize("isAuthenticated()")
    String inbox(Model model) {
        model.addAttribute("inbox", reminders.forCurrentUser());
        return "agreements/inbox :: inbox";
    }

    @GetMapping("/api/v1/reminders")
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    @Operation(summary = "The caller's reminders: obligations due within 30 days, overdue obligations, dormant agreements",
            tags = "Obligations")
    Reminders.Inbox reminders() {
        return reminders.forCurrentUser();
    }
}
