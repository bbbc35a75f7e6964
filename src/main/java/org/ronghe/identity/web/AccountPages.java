package org.ronghe.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.NotFound;
import org.ronghe.directory.Directory;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.identity.Grant;
import org.ronghe.identity.AccountControl;
import org.ronghe.identity.Identity;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.Role;
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

    AccountPages(Identity identity, AccountControl control, Optional<MembershipLookup> memberships, Directory directory) {
        this.identity = identity;
        this.control = control;
        this.memberships = memberships;
        this.directory = directory;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", identity.allAccounts());
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::grantable).toList());
        model.addAttribute("bodies", memberships.map(MembershipLookup::bodies).orElse(List.of()));
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam Role role, @RequestParam(required = false) Long bodyId,
                  @RequestParam(defaultValue = "") String organisation, RedirectAttributes redirect) {
        try {
            Grant grant = AccountRequest.grant(role, bodyId, organisationOf(role, organisation));
            identity.createAccount(username.trim(), displayName.trim(), password, List.of(grant));
            redirect.addFlashAttribute("created", username.trim());
        } catch (PasswordRejected e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("errors", List.of("account.username-taken"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", List.of(e.problems().get(0).code()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of("account.scope-required"));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/grants")
    String grant(@RequestParam String username, @RequestParam Role role, @RequestParam(required = false) Long bodyId,
                 @RequestParam(defaultValue = "") String organisation, RedirectAttributes redirect) {
        try {
            identity.grant(username.trim(), AccountRequest.grant(role, bodyId, organisationOf(role, organisation)));
            redirect.addFlashAttribute("granted", username.trim());
        } catch (NotFound e) {
            redirect.addFlashAttribute("errors", List.of("account.not-found"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", List.of(e.problems().get(0).code()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of("account.scope-required"));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/grants/remove")
    String revoke(@PathVariable Long id, @RequestParam Role role, @RequestParam(required = false) Long bodyId,
                  @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        identity.revoke(id, AccountRequest.grant(role, bodyId, organisationId));
        redirect.addFlashAttribute("revoked", true);
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
            redirect.addFlashAttribute("errors", List.of(e.code()));
        }
        return "redirect:/admin/accounts";
    }

    /** The organisation typed for an organisation-scoped role (name or number); none for other roles. */
    private Long organisationOf(Role role, String organisation) {
        return role.organisationScoped() ? directory.pick(organisation) : null;
    }
}
