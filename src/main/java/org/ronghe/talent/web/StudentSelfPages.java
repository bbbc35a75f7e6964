package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ronghe.core.NotFound;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.talent.CorrectionRequest;
import org.ronghe.talent.HireBook;
import org.ronghe.talent.InternshipBook;
import org.ronghe.talent.PlacementViews;
import org.ronghe.talent.StudentCard;
import org.ronghe.talent.StudentCards;
import org.ronghe.talent.StudentBook;
import org.ronghe.talent.StudentSelfService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student's own data (PIPL): seen in full, downloaded as JSON (audited), corrections asked for, consents withdrawn
 * at once. Only for a signed-in student: the log-in is tied to one student record.
 */
@Controller
@Tag(name = "Students", description = "Students of member schools; personal data masked, sealed at rest, consent-bound")
class StudentSelfPages {

    private final StudentSelfService self;
    private final StudentCards cards;
    private final StudentBook registry;
    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final PageOutcomes outcomes;
    private final JsonMapper json;

    StudentSelfPages(StudentSelfService self, StudentCards cards, StudentBook registry, InternshipBook internships,
                     HireBook hires, PlacementViews views, PageOutcomes outcomes, JsonMapper json) {
        this.self = self;
        this.cards = cards;
        this.registry = registry;
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.outcomes = outcomes;
        this.json = json;
    }

    /** Everything the platform holds about the student, as the student sees and downloads it. */
    record MyData(StudentCard student, List<PlacementViews.InternshipView> internships,
                  List<PlacementViews.HireView> hires, List<CorrectionRequest> corrections) {
    }

    /** A correction asked for: which field and what is wrong. */
    record Correction(CorrectionRequest.Field field, String message) {
    }

    @GetMapping("/talent/me")
    @PreAuthorize("hasRole('STUDENT')")
    String me(Model model) {
        model.addAttribute("me", data(me(), "self"));
        model.addAttribute("fields", CorrectionRequest.Field.values());
        return "talent/me";
    }

    @GetMapping({"/talent/me/data.json", "/api/v1/me/student/export"})
    @PreAuthorize("hasRole('STUDENT')")
    @Operation(summary = "Download one's own data as JSON (audited)")
    void download(HttpServletResponse response) throws IOException {
        MyData data = data(me(), "self-download");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("my-data-" + data.student().id() + ".json", StandardCharsets.UTF_8).build().toString());
        json.writeValue(response.getOutputStream(), data);
    }

    @GetMapping("/api/v1/me/student")
    @PreAuthorize("hasRole('STUDENT')")
    @ResponseBody
    @Operation(summary = "One's own data in full: record, consents, internships, hires, correction requests")
    MyData mine() {
        return data(me(), "self");
    }

    @PostMapping("/talent/me/corrections")
    @PreAuthorize("hasRole('STUDENT')")
    String requestCorrection(@RequestParam(required = false) CorrectionRequest.Field field,
                             @RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.correction.done.requested", () -> self.requestCorrection(me(), field, message));
        return "redirect:/talent/me#corrections";
    }

    @PostMapping("/api/v1/me/student/corrections")
    @PreAuthorize("hasRole('STUDENT')")
    @ResponseBody
    @Operation(summary = "Ask the school to correct one's data")
    CorrectionRequest requestCorrection(@RequestBody Correction correction) {
        return self.requestCorrection(me(), correction.field(), correction.message());
    }

    @PostMapping("/talent/me/consents/{organisationId}/withdraw")
    @PreAuthorize("hasRole('STUDENT')")
    String withdraw(@PathVariable Long organisationId, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.consent.done.withdrawn", () -> registry.withdrawConsent(me(), organisationId));
        return "redirect:/talent/me#consents";
    }

    @DeleteMapping("/api/v1/me/student/consents/{organisationId}")
    @PreAuthorize("hasRole('STUDENT')")
    @ResponseBody
    @Operation(summary = "Withdraw one's consent to an organisation; it is refused from now on")
    MyData withdraw(@PathVariable Long organisationId) {
        registry.withdrawConsent(me(), organisationId);
        return data(me(), "self");
    }

    private Long me() {
        return self.currentStudent().orElseThrow(() -> new NotFound("student of this log-in", "me"));
    }

    private MyData data(Long id, String how) {
        return new MyData(cards.of(id, true, true, how), internships.ofStudent(id).stream().map(views::of).toList(),
                hires.ofStudent(id).stream().map(views::of).toList(), self.corrections(id, true));
    }
}
