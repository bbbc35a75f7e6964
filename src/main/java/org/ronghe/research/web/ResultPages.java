package org.ronghe.research.web;

import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.research.projects.Milestone;
import org.ronghe.research.projects.OutputKind;
import org.ronghe.research.projects.ProjectResults;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The milestones and outputs on a project's page: adding them, reporting, accepting and returning milestones. */
@Controller
class ResultPages {

    private final ProjectResults results;
    private final PageOutcomes outcomes;

    ResultPages(ProjectResults results, PageOutcomes outcomes) {
        this.results = results;
        this.outcomes = outcomes;
    }

    @PostMapping("/projects/{id}/milestones")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String plan(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String deliverable,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect, "research.done.milestone", () -> results.planMilestone(id, title, deliverable, dueOn));
        return "redirect:/projects/" + id + "#milestones";
    }

    @PostMapping("/milestones/{id}/{step:submit|accept|return}")
    @PreAuthorize("@projectAccess.canReadMilestone(#id) and @projectAccess.canActFor(#organisationId)")
    String step(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam Long organisationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Milestone milestone = results.milestone(id);
        outcomes.attempt(redirect, "research.done.milestone-" + step, () -> {
            if (step.equals("submit")) {
                results.submit(id, version, organisationId);
            } else {
                results.decide(id, version, organisationId, step.equals("accept"), reason);
            }
        });
        return "redirect:/projects/" + milestone.projectId() + "#milestones";
    }

    @PostMapping("/projects/{id}/outputs")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String record(
            @PathVariable Long id,
            @RequestParam(required = false) OutputKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String identifier,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) List<Long> ownerIds,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "research.done.output",
                () -> results.record(id, kind, title, identifier, issuedOn, ownerIds));
        return "redirect:/projects/" + id + "#outputs";
    }
}
