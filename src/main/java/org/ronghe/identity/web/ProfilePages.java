package org.ronghe.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.identity.Account;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Identity.IssuedToken;
import org.ronghe.identity.Notifying;
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

/**
 * The signed-in user's profile: roles, e-mail and notices, password change and personal access tokens (the contact
 * details as JSON: {@link ProfileApi}).
 */
@Controller
class ProfilePages {

    private final Identity identity;
    private final GrantNames grantNames;

    ProfilePages(Identity identity, GrantNames grantNames) {
        this.identity = identity;
        this.grantNames = grantNames;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal RongheUser user, Model model) {
        Account account = identity.account(user.accountId());
        model.addAttribute("account", account);
        model.addAttribute("scopeNames", grantNames.of(List.of(account)));
        model.addAttribute("notifyings", Notifying.values());
        model.addAttribute("tokens", identity.tokensOf(user.accountId()));
        model.addAttribute("now", Instant.now());
        return "profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(
            @AuthenticationPrincipal RongheUser user,
            @RequestParam String name,
            @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
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

    @PostMapping("/profile/contact")
    String changeContact(
            @AuthenticationPrincipal RongheUser user,
            @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "zh-CN") String language,
            @RequestParam(defaultValue = "EACH") Notifying notifying,
            RedirectAttributes redirect) {
        try {
            identity.changeContact(user.accountId(), email, language, notifying);
            redirect.addFlashAttribute("contactChanged", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "contactErrors",
                    e.problems().stream().map(FieldProblem::code).toList());
            redirect.addFlashAttribute("typedEmail", email);
        }
        return "redirect:/profile#contact";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal RongheUser user,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            RedirectAttributes redirect) {
        try {
            identity.changePassword(user.accountId(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
        } catch (PasswordRejected e) {
            redirect.addFlashAttribute("passwordErrors", e.violations());
        }
        return "redirect:/profile";
    }
}
