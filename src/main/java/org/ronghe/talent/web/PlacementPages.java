package org.ronghe.talent.web;

import java.io.InputStream;
import java.time.LocalDate;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.talent.placements.Evaluation;
import org.ronghe.talent.placements.Hire;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.Internship;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.placements.PlacementViews;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Internships and hires in the browser: recorded from the student's page by the school, one internship with its
 * evaluations, one hire with its confirmation, and an employer's page of its interns and hires.
 */
@Controller
class PlacementPages {

    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final StudentAccess access;
    private final Directory directory;
    private final PageOutcomes outcomes;

    PlacementPages(
            InternshipBook internships,
            HireBook hires,
            PlacementViews views,
            StudentAccess access,
            Directory directory,
            PageOutcomes outcomes) {
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.access = access;
        this.directory = directory;
        this.outcomes = outcomes;
    }

    @PostMapping("/talent/students/{id}/internships")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String record(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String enterprise,
            @RequestParam(defaultValue = "") String post,
            @RequestParam(defaultValue = "") String mentor,
            @RequestParam(defaultValue = "") String supervisor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.internship.done.recorded", () -> {
            Internship internship = internships.record(
                    new InternshipDraft(id, pick(enterprise), post, mentor, supervisor, startsOn, endsOn));
            try (InputStream content = PageOutcomes.open(file)) {
                if (content != null) {
                    internships.fileAgreement(internship.id(), file.getOriginalFilename(), content);
                }
            }
        });
        return "redirect:/talent/students/" + id + "#internships";
    }

    @PostMapping("/talent/students/{id}/hires")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String offer(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String enterprise,
            @RequestParam(defaultValue = "") String post,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate offeredOn,
            @RequestParam(defaultValue = "") String workRegionCode,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "talent.hire.done.offered",
                () -> hires.offer(new HireBook.Offer(id, pick(enterprise), post, offeredOn, workRegionCode)));
        return "redirect:/talent/students/" + id + "#hires";
    }

    @GetMapping("/talent/internships/{id}")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    String internship(@PathVariable Long id, Model model) {
        Internship internship = internships.get(id);
        model.addAttribute("internship", views.of(internship));
        model.addAttribute("school", access.canKeep(internship.schoolId()));
        model.addAttribute("enterprise", access.actsFor(internship.enterpriseId()));
        model.addAttribute("stages", Evaluation.Stage.values());
        model.addAttribute("grades", Evaluation.Grade.values());
        return "talent/internship";
    }

    @PostMapping("/talent/internships/{id}/evaluations")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    String evaluate(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam Evaluation.Side side,
            @RequestParam(required = false) Evaluation.Stage stage,
            @RequestParam(required = false) Evaluation.Grade grade,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        Evaluation.Side checked = PlacementSides.of(access, internships.get(id), side);
        outcomes.attempt(
                redirect,
                "talent.evaluation.done",
                () -> internships.evaluate(id, version, checked, stage, grade, comment));
        return "redirect:/talent/internships/" + id;
    }

    @PostMapping("/talent/internships/{id}/agreement")
    @PreAuthorize("@placementAccess.canReadInternship(#id)")
    String fileAgreement(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        if (!access.canKeep(internships.get(id).schoolId())) {
            throw new AccessDeniedException("internship agreement");
        }
        outcomes.attempt(redirect, "talent.internship.done.agreement", () -> {
            try (InputStream content = PageOutcomes.open(file)) {
                if (content == null) {
                    throw new InvalidInput("file", "file.empty");
                }
                internships.fileAgreement(id, file.getOriginalFilename(), content);
            }
        });
        return "redirect:/talent/internships/" + id;
    }

    @GetMapping("/talent/hires/{id}")
    @PreAuthorize("@placementAccess.canReadHire(#id)")
    String hire(@PathVariable Long id, Model model) {
        Hire hire = hires.get(id);
        model.addAttribute("hire", views.of(hire));
        model.addAttribute("school", access.canKeep(hire.schoolId()));
        model.addAttribute("employer", access.actsFor(hire.enterpriseId()));
        return "talent/hire";
    }

    @PostMapping("/talent/hires/{id}/hired")
    @PreAuthorize("@placementAccess.canRecordHire(#id)")
    String hired(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.hire.done.hired", () -> hires.hired(id, version, hiredOn));
        return "redirect:/talent/hires/" + id;
    }

    @PostMapping("/talent/hires/{id}/confirm")
    @PreAuthorize("@placementAccess.canDecideHire(#id)")
    String confirm(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.hire.done.confirmed", () -> hires.confirm(id, version));
        return "redirect:/talent/hires/" + id;
    }

    @PostMapping("/talent/hires/{id}/dispute")
    @PreAuthorize("@placementAccess.canDecideHire(#id)")
    String dispute(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.hire.done.disputed", () -> hires.dispute(id, version, reason));
        return "redirect:/talent/hires/" + id;
    }

    private Long pick(String organisation) {
        return organisation.isBlank() ? null : directory.pick(organisation);
    }
}
