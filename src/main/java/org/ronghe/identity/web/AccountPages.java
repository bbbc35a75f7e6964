package org.ronghe.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.identity.AccountControl;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins list accounts and create them with one scoped role. */
@Controller
class AccountPages {

    private final Identity identity;
    private final AccountControl control;
    private final Optional<MembershipLookup> memberships;
    private final Directory directory;
    private final MessageSource messages;
    private final GrantNames grantNames;

    AccountPages(
            Identity identity,
            AccountControl control,
            Optional<MembershipLookup> memberships,
            Directory directory,
            MessageSource messages,
            GrantNames grantNames) {
        this.grantNames = grantNames;
        this.messages = messages;
        this.identity = identity;
        this.control = control;
        this.memberships = memberships;
        this.directory = directory;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        var accounts = identity.allAccounts();
        model.addAttribute("accounts", accounts);
        model.addAttribute("scopeNames", grantNames.of(accounts));
        model.addAttribute(
                "roles", Arrays.stream(Role.values()).filter(Role::grantable).toList());
        model.addAttribute("bodies", memberships.map(MembershipLookup::bodies).orElse(List.of()));
        return "admin/accounts";
    }

    /** What was typed into the create or grant form (never the password), shown again after a refusal. */
    record Typed(String form, String username, String displayName, Role role, Long bodyId, String organisation)
            implements java.io.Serializable {}

    @PostMapping("/admin/accounts")
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam String password,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(defaultValue = "") String organisation,
            RedirectAttributes redirect) {
        List<String> problems = refusals(() -> {
            Grant grant = AccountDraft.grant(role, bodyId, organisationOf(role, organisation));
            identity.createAccount(username.trim(), displayName.trim(), password, List.of(grant));
        });
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("created", username.trim());
        } else {
            redirect.addFlashAttribute("errors", problems);
            redirect.addFlashAttribute("typed", new Typed("create", username, displayName, role, bodyId, organisation));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/grants")
    String grant(
            @RequestParam String username,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(defaultValue = "") String organisation,
            RedirectAttributes redirect) {
        List<String> problems = refusals(() ->
                identity.grant(username.trim(), AccountDraft.grant(role, bodyId, organisationOf(role, organisation))));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("granted", username.trim());
        } else {
            redirect.addFlashAttribute("errors", problems);
            redirect.addFlashAttribute("typed", new Typed("grant", username, null, role, bodyId, organisation));
        }
        return "redirect:/admin/accounts";
    }

    /** Runs a change; why it was refused, as sentences in the user's language (none when it was made). */
    private List<String> refusals(Runnable change) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            change.run();
            return List.of();
        } catch (PasswordRejected e) {
            return e.violations().stream()
                    .map(code -> messages.getMessage(code, null, locale))
                    .toList();
        } catch (NotFound e) {
            return List.of(messages.getMessage("account.not-found", null, locale));
        } catch (IllegalStateException e) {
            return List.of(messages.getMessage("account.username-taken", null, locale));
        } catch (InvalidInput e) {
            return FormErrors.messages(e, messages);
        } catch (IllegalArgumentException e) {
            return List.of(messages.getMessage("account.scope-required", null, locale));
        }
    }

    @PostMapping("/admin/accounts/{id}/grants/remove")
    String revoke(
            @PathVariable Long id,
            @RequestParam Role role,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            RedirectAttributes redirect) {
        identity.revoke(id, AccountDraft.grant(role, bodyId, organisationId));
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/admin/accounts";
    }

    /** Sets a new password for an account (asked for confirmation on the page; audited). */
    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(
            @PathVariable Long id, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        List<String> problems = refusals(() -> identity.resetPassword(id, password));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("controlled", "accounts.done.password");
        } else {
            redirect.addFlashAttribute("errors", problems);
        }
        return "redirect:/admin/accounts";
    }

    /** Unlocks, disables or enables an account (each asked for confirmation on the page, each audited). */
    @PostMapping("/admin/accounts/{id}/{act:unlock|disable|enable}")
    String control(@PathVariable Long id, @PathVariable String act, RedirectAttributes redirect) {
        try {
            switch (act) {
                case "unlock" -> control.unlock(id);
                case "disable" -> control.disable(id);
                default -> control.enable(id);
            }
            redirect.addFlashAttribute("controlled", "accounts.done." + act);
        } catch (RuleBroken e) {
            redirect.addFlashAttribute(
                    "errors", List.of(messages.getMessage(e.code(), e.arguments(), LocaleContextHolder.getLocale())));
        }
        return "redirect:/admin/accounts";
    }

    /** The organisation typed for an organisation-scoped role (name or number); none for other roles. */
    private Long organisationOf(Role role, String organisation) {
        return role != null && role.organisationScoped() ? directory.pick(organisation) : null;
    }
}
