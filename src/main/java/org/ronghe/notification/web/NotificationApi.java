package org.ronghe.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.identity.RongheUser;
import org.ronghe.notification.Inbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications as JSON, the text in the request's language. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Notifications", description = "What asked the caller to act, read or not")
class NotificationApi {

    private final Inbox inbox;

    NotificationApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first; unread=true for the unread ones only")
    PageResult<Inbox.Entry> list(
            @AuthenticationPrincipal RongheUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return inbox.page(user.accountId(), unread, page, size, locale);
    }

    @GetMapping("/count")
    @Operation(summary = "How many of the caller's notifications are unread")
    Map<String, Long> count(@AuthenticationPrincipal RongheUser user) {
        return Map.of("unread", inbox.unread(user.accountId()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one notification read")
    Inbox.Entry read(@AuthenticationPrincipal RongheUser user, @PathVariable Long id, Locale locale) {
        return inbox.open(user.accountId(), id, locale).orElseThrow(() -> new NotFound("notification", id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marks all the caller's notifications read")
    Map<String, Integer> readAll(@AuthenticationPrincipal RongheUser user) {
        return Map.of("marked", inbox.markAllRead(user.accountId()));
    }
}
