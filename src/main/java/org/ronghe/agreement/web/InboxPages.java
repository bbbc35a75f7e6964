package org.ronghe.agreement.web;

import org.ronghe.agreement.Reminders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reminders inbox: a fragment the home page loads for signed-in users (htmx); the same as JSON: {@link InboxApi}.
 * Loaded by URL so that the home page (community) needs no code of this module.
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
}
