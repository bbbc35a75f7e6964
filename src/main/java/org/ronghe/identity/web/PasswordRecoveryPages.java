package org.ronghe.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ronghe.core.TooManyRequests;
import org.ronghe.identity.ForgottenPasswords;
import org.ronghe.identity.PasswordRejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot password" for visitors: ask for a link by user name, then set a new password through it. */
@Controller
class PasswordRecoveryPages {

    private final ForgottenPasswords forgotten;

    PasswordRecoveryPages(ForgottenPasswords forgotten) {
        this.forgotten = forgotten;
    }

    @GetMapping("/password/forgot")
    String askPage(Model model) {
        model.addAttribute("available", forgotten.available());
        return "password/forgot";
    }

    @PostMapping("/password/forgot")
    String ask(
            @RequestParam(defaultValue = "") String username, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            forgotten.request(username, request.getRemoteAddr());
            redirect.addFlashAttribute("sent", true);
        } catch (TooManyRequests e) {
            redirect.addFlashAttribute("tooMany", true);
        }
        redirect.addFlashAttribute("typed", username.strip());
        return "redirect:/password/forgot";
    }

    @GetMapping("/password/reset")
    String resetPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", forgotten.usable(token));
        return "password/reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", true);
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", List.of("password.mismatch"));
            return "password/reset";
        }
        try {
            if (forgotten.reset(token, newPassword)) {
                return "redirect:/login?recovered";
            }
            model.addAttribute("usable", false);
        } catch (PasswordRejected e) {
            model.addAttribute("errors", e.violations());
        }
        return "password/reset";
    }
}
