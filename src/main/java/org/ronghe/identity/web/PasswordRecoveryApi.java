package org.ronghe.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Objects;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.identity.ForgottenPasswords;
import org.ronghe.identity.PasswordRejected;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Forgot password" for clients: the same single-use, expiring link by e-mail as on the pages. */
@RestController
@RequestMapping("/api/v1/password-recoveries")
@Tag(name = "Password recovery", description = "A single-use, expiring link by e-mail")
class PasswordRecoveryApi {

    private final ForgottenPasswords forgotten;

    PasswordRecoveryApi(ForgottenPasswords forgotten) {
        this.forgotten = forgotten;
    }

    /** Whose password is forgotten. */
    record LinkRequest(String username) {}

    /** A new password through a link's token. */
    record Reset(String token, String newPassword) {}

    @PostMapping
    @Operation(summary = "Sends a link to the account's e-mail, if it has one; 202 whether or not the account exists")
    ResponseEntity<Map<String, String>> ask(@RequestBody LinkRequest body, HttpServletRequest request) {
        forgotten.request(body.username(), request.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("status", "accepted"));
    }

    @PostMapping("/reset")
    @Operation(summary = "Sets a new password through a link's token (single use, valid 30 minutes)")
    ResponseEntity<Void> reset(@RequestBody Reset body) {
        try {
            if (!forgotten.reset(Objects.toString(body.token(), ""), Objects.toString(body.newPassword(), ""))) {
                throw new RuleBroken("password.recovery.link-gone");
            }
        } catch (PasswordRejected e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new FieldProblem("newPassword", v))
                    .toList());
        }
        return ResponseEntity.noContent().build();
    }
}
