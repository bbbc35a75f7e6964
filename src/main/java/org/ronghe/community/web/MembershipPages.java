package org.ronghe.community.web;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Admissions;
import org.ronghe.community.Admissions.Decision;
import org.ronghe.community.Community;
import org.ronghe.community.Membership;
import org.ronghe.community.MembershipStep.Action;
import org.ronghe.core.RuleBroken;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's member management (applications, members by status, direct admission), one membership's history
 * with the decisions the user may take, and applying to join.
 */
@Controller
class MembershipPages {

    private final Admissions admissions;
    private final MembershipViews views;
    private final MembershipDecisions decisions;
    private final Community community;
    private final Directory directory;
    private final Clock clock;

    MembershipPages(
            Admissions admissions,
            MembershipViews views,
            MembershipDecisions decisions,
            Community community,
            Directory directory,
            Clock clock) {
        this.clock = clock;
        this.admissions = admissions;
        this.views = views;
        this.decisions = decisions;
        this.community = community;
        this.directory = directory;
    }

    @GetMapping("/bodies/{id}/manage/members")
    @PreAuthorize("@permissions.canReadBody(#id)")
    String manage(
            @PathVariable Long id,
            @RequestParam(defaultValue = "PENDING") Membership.Status status,
            @RequestParam(defaultValue = "") String find,
            Model model) {
        model.addAttribute("body", community.get(id));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Membership.Status.values());
        model.addAttribute("memberships", views.of(id, List.of(status)));
        model.addAttribute("find", find);
        if (!find.isBlank()) {
            model.addAttribute(
                    "found",
                    directory.search(OrganisationQuery.text(find, null), 0, 10).items());
        }
        return "bodies/manage-members";
    }

    @GetMapping("/bodies/{id}/memberships/{organisationId}")
    String membership(@PathVariable Long id, @PathVariable Long organisationId, Model model) {
        if (!decisions.canRead(id, organisationId)) {
            throw new AccessDeniedException("membership history");
        }
        MembershipJson membership = views.one(id, organisationId);
        model.addAttribute("body", community.get(id));
        model.addAttribute("membership", membership);
        model.addAttribute(
                "acts",
                MembershipDecisions.ALL.stream()
                        .filter(a -> decisions.allowed(a, id, organisationId)
                                && Membership.decidable(a, membership.status()))
                        .map(DecisionButton::of)
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "bodies/membership";
    }

    @PostMapping("/bodies/{id}/applications")
    @PreAuthorize("@permissions.canManageOrganisation(#organisationId)")
    String apply(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes redirect) {
        return attempt(
                redirect,
                id,
                organisationId,
                () -> admissions.apply(id, organisationId, message),
                "membership.applied");
    }

    @PostMapping("/bodies/{id}/memberships")
    @PreAuthorize("@permissions.canManageBody(#id)")
    String admit(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return attempt(
                redirect,
                id,
                organisationId,
                () -> admissions.admit(id, organisationId, joinedOn, note),
                "membership.admitted");
    }

    @PostMapping("/bodies/{id}/memberships/{organisationId}/{act}")
    String decide(
            @PathVariable Long id,
            @PathVariable Long organisationId,
            @PathVariable String act,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Action action = MembershipDecisions.action(act);
        decisions.requireAllowed(action, id, organisationId);
        return attempt(
                redirect,
                id,
                organisationId,
                () -> admissions.decide(id, organisationId, action, new Decision(reason, effectiveOn, version)),
                "membership.decided." + action.name());
    }

    private String attempt(RedirectAttributes redirect, Long bodyId, Long organisationId, Runnable act, String done) {
        try {
            act.run();
            redirect.addFlashAttribute("done", done);
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "problem.conflict.detail");
        }
        return "redirect:/bodies/" + bodyId + "/memberships/" + organisationId;
    }
}
