package org.ronghe.notification.web;

import org.ronghe.identity.RongheUser;
import org.ronghe.notification.Inbox;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The bell in the top bar asks here, only when a page is drawn: how many notifications the user has not read. */
@Component("bell")
class Bell {

    private final Inbox inbox;

    Bell(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unread() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RongheUser user
                ? inbox.unread(user.accountId())
                : 0;
    }
}
