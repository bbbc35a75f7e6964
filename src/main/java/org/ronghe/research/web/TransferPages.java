package org.ronghe.research.web;

import java.time.LocalDate;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.identity.Permissions;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.transfers.Transfer;
import org.ronghe.research.transfers.TransferBook;
import org.ronghe.research.transfers.TransferDraft;
import org.ronghe.research.transfers.TransferMode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfers of a project's results on its page: recording one, each side confirming or disputing it. */
@Controller
class TransferPages {

    private final TransferBook transfers;
    private final ProjectBook projects;
    private final Permissions permissions;
    private final PageOutcomes outcomes;

    TransferPages(TransferBook transfers, ProjectBook projects, Permissions permissions, PageOutcomes outcomes) {
        this.transfers = transfers;
        this.projects = projects;
        this.permissions = permissions;
        this.outcomes = outcomes;
    }

    @PostMapping("/projects/{id}/transfers")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String record(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) TransferMode mode,
            @RequestParam(required = false) Long fromOrganisationId,
            @RequestParam(required = false) Long toOrganisationId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractOn,
            RedirectAttributes redirect) {
        Project project = projects.get(id);
        Long actingFor = permissions.administeredOrganisations().stream()
                .filter(o -> o.equals(fromOrganisationId) || o.equals(toOrganisationId))
                .findFirst()
                .orElse(null);
        outcomes.attempt(
                redirect,
                "research.done.transfer",
                () -> transfers.record(
                        new TransferDraft(
                                project.bodyId(),
                                id,
                                title,
                                mode,
                                fromOrganisationId,
                                toOrganisationId,
                                TypedNumbers.amount("amount", amount),
                                contractOn),
                        actingFor));
        return "redirect:/projects/" + id + "#transfers";
    }

    @PostMapping("/transfers/{id}/{decision:confirm|dispute}")
    @PreAuthorize("@transferAccess.canRead(#id) and @transferAccess.canActFor(#organisationId)")
    String decide(
            @PathVariable Long id,
            @PathVariable String decision,
            @RequestParam long version,
            @RequestParam Long organisationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Transfer transfer = transfers.get(id);
        if (transfer.projectId() == null) {
            throw new AccessDeniedException("a transfer without a project is decided through the API");
        }
        outcomes.attempt(redirect, "research.done.transfer-" + decision, () -> {
            if (decision.equals("confirm")) {
                transfers.confirm(id, version, organisationId);
            } else {
                transfers.dispute(id, version, organisationId, reason);
            }
        });
        return "redirect:/projects/" + transfer.projectId() + "#transfers";
    }
}
