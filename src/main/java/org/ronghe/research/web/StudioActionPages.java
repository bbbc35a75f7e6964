package org.ronghe.research.web;

import java.time.LocalDate;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.research.studios.InnovationDraft;
import org.ronghe.research.studios.StudioRecords;
import org.ronghe.research.studios.StudioTrainingDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on a studio's page: the host records innovations and training; the secretariat confirms or disputes. */
@Controller
class StudioActionPages {

    private final StudioRecords records;
    private final PageOutcomes outcomes;

    StudioActionPages(StudioRecords records, PageOutcomes outcomes) {
        this.records = records;
        this.outcomes = outcomes;
    }

    @PostMapping("/studios/{id}/innovations")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    String innovation(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate madeOn,
            @RequestParam(required = false) String claimedBenefit,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "research.done.innovation",
                () -> records.record(
                        id,
                        new InnovationDraft(
                                title, description, madeOn, TypedNumbers.amount("claimedBenefit", claimedBenefit))));
        return "redirect:/studios/" + id + "#innovations";
    }

    @PostMapping("/studios/{id}/innovations/{innovationId}/{decision:confirm|dispute}")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    String decide(
            @PathVariable Long id,
            @PathVariable Long innovationId,
            @PathVariable String decision,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "research.done.innovation-" + decision, () -> {
            if (decision.equals("confirm")) {
                records.confirm(id, innovationId, version);
            } else {
                records.dispute(id, innovationId, version, reason);
            }
        });
        return "redirect:/studios/" + id + "#innovations";
    }

    @PostMapping("/studios/{id}/trainings")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    String training(
            @PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) String hours,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "research.done.studio-training",
                () -> records.record(
                        id,
                        new StudioTrainingDraft(
                                heldOn,
                                topic,
                                TypedNumbers.whole("participants", participants),
                                TypedNumbers.decimal("hours", hours))));
        return "redirect:/studios/" + id + "#trainings";
    }
}
