package org.ronghe.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import org.ronghe.agreement.Reminders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's reminders as JSON: overdue and due-soon obligations, dormant agreements, with exact counts. */
@RestController
class InboxApi {

    private final Reminders reminders;

    InboxApi(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/reminders")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The caller's reminders: obligations due within 30 days, overdue obligations, dormant agreements",
            tags = "Obligations")
    Reminders.Inbox reminders() {
        return reminders.forCurrentUser();
    }
}
