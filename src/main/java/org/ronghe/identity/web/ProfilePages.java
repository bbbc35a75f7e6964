package org.ronghe.identity.web;

import java.time.Instant;
import java.time.Duration;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Identity.IssuedToken;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.RongheUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's profile: roles, password change and personal access tokens. */
@Controller
class ProfilePages {

    private final Identity identity;

    ProfilePages(Identity identity) {
        this.identity = identity;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal RongheUser user, Model model) {
        model.addAttribute("account", identity.account(user.accountId()));
        model.addAttribute("tokens", identity.tokensOf(user.accountId()));
        model.addAttribute("now", Instant.now());
        return "profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@AuthenticationPrincipal RongheUser user, @RequestParam String name,
                       @RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100 || days < 1 || days > 366) {
            redirect.addFlashAttribute("tokenError", "token.invalid");
            return "redirect:/profile";
        }
        IssuedToken issued = identity.issueToken(user.accountId(), name.trim(), Duration.ofDays(days));
        redirect.addFlashAttribute("newToken", issued.secret());
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal RongheUser user, @PathVariable Long id, RedirectAttributes redirect) {
        identity.revokeToken(user.accountId(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal RongheUser user, @RequestParam String currentPassword,
                          @RequestParam String newPassword, RedirectAttributes redirect) {
        try {
            identity.changePassword(user.accountId(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
        } catch (PasswordRejected e) {
            redirect.addFlashAttribute("passwordErrors", e.violations());
        }
        return "redirect:/profile";
    }
}
