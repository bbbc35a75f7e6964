package org.ronghe.notification.web;

import java.util.Locale;
import org.ronghe.identity.RongheUser;
import org.ronghe.notification.Inbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notification list behind the bell: open one (read, and go where it asks to act), or mark all read. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPages {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;

    NotificationPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String list(
            @AuthenticationPrincipal RongheUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        model.addAttribute("result", inbox.page(user.accountId(), unread, page, PAGE_SIZE, locale));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unread", inbox.unread(user.accountId()));
        return "notifications/list";
    }

    /** Marks it read and goes where it asks to act; only paths on this platform are followed. */
    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal RongheUser user, @PathVariable Long id, Locale locale) {
        return inbox.open(user.accountId(), id, locale)
                .map(Inbox.Entry::href)
                .filter(NotificationPages::local)
                .map(href -> "redirect:" + href)
                .orElse("redirect:/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal RongheUser user) {
        inbox.markAllRead(user.accountId());
        return "redirect:/notifications";
    }

    static boolean local(String href) {
        return href != null && href.startsWith("/") && !href.startsWith("//") && !href.contains("\\");
    }
}
