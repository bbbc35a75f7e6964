package org.ronghe.identity.web;

import org.ronghe.identity.Account;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Notifying;
import org.ronghe.identity.RongheUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own contact details (e-mail, language, whether to be notified by e-mail) as JSON. */
@RestController
class ProfileApi {

    private final Identity identity;

    ProfileApi(Identity identity) {
        this.identity = identity;
    }

    /** Where and how notices reach the signed-in user. */
    record Contact(String email, String language, Notifying notifying) {
        static Contact of(Account account) {
            return new Contact(account.email().orElse(null), account.language(), account.notifying());
        }
    }

    @GetMapping("/api/v1/me/contact")
    Contact contact(@AuthenticationPrincipal RongheUser user) {
        return Contact.of(identity.account(user.accountId()));
    }

    @PutMapping("/api/v1/me/contact")
    Contact changeContact(@AuthenticationPrincipal RongheUser user, @RequestBody Contact contact) {
        return Contact.of(identity.changeContact(
                user.accountId(),
                contact.email(),
                contact.language() == null ? "zh-CN" : contact.language(),
                contact.notifying()));
    }
}
