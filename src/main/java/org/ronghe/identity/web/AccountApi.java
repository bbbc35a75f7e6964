package org.ronghe.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.ronghe.identity.Account;
import org.ronghe.identity.AccountControl;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for platform admins (automation, provisioning from other systems). */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Platform admin only")
class AccountApi {

    private final Identity identity;
    private final AccountControl control;
    private final MessageSource messages;

    AccountApi(Identity identity, AccountControl control, MessageSource messages) {
        this.identity = identity;
        this.control = control;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "All accounts with their grants")
    List<AccountJson> list() {
        return identity.allAccounts().stream().map(AccountJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create an account; the password must satisfy the password policy")
    ResponseEntity<AccountJson> create(@Valid @RequestBody AccountDraft request) {
        Account account = identity.createAccount(
                request.username().trim(), request.displayName().trim(), request.password(), List.of(request.grant()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
                .body(AccountJson.of(account));
    }

    @PostMapping("/{username}/grants")
    @Operation(
            summary =
                    "Give an existing account a role in a scope (e.g. secretariat of a new body); effective at once, in open sessions too")
    AccountJson grant(@PathVariable String username, @RequestBody GrantRequest request) {
        return AccountJson.of(identity.grant(
                username, AccountDraft.grant(request.role(), request.bodyId(), request.organisationId())));
    }

    @DeleteMapping("/{id}/grants")
    @Operation(summary = "Take a role away from an account")
    ResponseEntity<Void> revoke(
            @PathVariable Long id,
            @RequestParam Role role,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId) {
        identity.revoke(id, AccountDraft.grant(role, bodyId, organisationId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Let an account whose password logins are slowed down after failures try again at once")
    AccountJson unlock(@PathVariable Long id) {
        return AccountJson.of(control.unlock(id));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account: no login, no token; its open sessions end at their next request")
    AccountJson disable(@PathVariable Long id) {
        return AccountJson.of(control.disable(id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    AccountJson enable(@PathVariable Long id) {
        return AccountJson.of(control.enable(id));
    }

    /** A role and its scope: a body for secretariat and observer, an organisation for organisation admin. */
    record GrantRequest(Role role, Long bodyId, Long organisationId) {}

    @ExceptionHandler(PasswordRejected.class)
    ProblemDetail rejected(PasswordRejected e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setDetail(String.join(
                " ",
                e.violations().stream()
                        .map(v -> messages.getMessage(v, null, locale))
                        .toList()));
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail taken(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setTitle(messages.getMessage("account.username-taken", null, locale));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badScope(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("account.scope-required", null, locale));
        return problem;
    }

    record AccountJson(
            Long id,
            String username,
            String displayName,
            List<Grant> grants,
            Instant createdAt,
            boolean enabled,
            Instant lockedUntil) {
        static AccountJson of(Account a) {
            return new AccountJson(
                    a.id(), a.username(), a.displayName(), a.grants(), a.createdAt(), a.enabled(), a.lockedUntil());
        }
    }
}
