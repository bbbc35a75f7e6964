package org.ronghe.agreement.web;

import jakarta.persistence.OptimisticLockException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.AgreementList;
import org.ronghe.agreement.AgreementStatus;
import org.ronghe.agreement.AgreementTimeline;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.community.MeetingView;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreements in the browser: the list a user may see, drafting, one agreement with the steps the user may take. */
@Controller
class AgreementPages {

    private final AgreementBook ledger;
    private final ObligationBook obligations;
    private final AgreementList list;
    private final AgreementFormReader reader;
    private final AgreementAccess access;
    private final Directory directory;
    private final Community community;
    private final FileDownloads downloads;
    private final PageOutcomes outcomes;
    private final AgreementTimeline timeline;
    private final Clock clock;

    AgreementPages(
            AgreementBook ledger,
            ObligationBook obligations,
            AgreementList list,
            AgreementFormReader reader,
            AgreementAccess access,
            Directory directory,
            Community community,
            FileDownloads downloads,
            PageOutcomes outcomes,
            AgreementTimeline timeline,
            Clock clock) {
        this.timeline = timeline;
        this.outcomes = outcomes;
        this.reader = reader;
        this.downloads = downloads;
        this.ledger = ledger;
        this.obligations = obligations;
        this.list = list;
        this.access = access;
        this.directory = directory;
        this.community = community;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    @PreAuthorize("isAuthenticated()")
    String list(
            @ModelAttribute("filter") AgreementList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("agreements", list.find(filter, access.visibility(), page, 20));
        model.addAttribute("bodies", community.search("", 0, 100).items());
        model.addAttribute(
                "partyName",
                filter.party() == null
                        ? null
                        : directory.summaries(List.of(filter.party())).values().stream()
                                .findFirst()
                                .map(OrganisationSummary::name)
                                .orElse(null));
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
        return "agreements/list";
    }

    @GetMapping("/agreements/new")
    @PreAuthorize("isAuthenticated()")
    String draftForm(@RequestParam(required = false) Long bodyId, Model model) {
        AgreementForm form = AgreementForm.blank();
        form.setBodyId(bodyId);
        return form(form, model);
    }

    @PostMapping("/agreements")
    @PreAuthorize("isAuthenticated()")
    String draft(@ModelAttribute("form") AgreementForm form, BindingResult errors, Model model) {
        try {
            AgreementDraft terms = reader.terms(form);
            if (!access.canDraft(terms)) {
                throw new AccessDeniedException("agreement draft");
            }
            return "redirect:/agreements/" + ledger.draft(terms).id();
        } catch (InvalidInput e) {
            e.problems()
                    .forEach(p -> errors.rejectValue(
                            AgreementFormReader.formField(p.field()), p.code(), p.arguments(), p.code()));
            return form(form, model);
        }
    }

    @GetMapping("/agreements/{id}/edit")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Agreement agreement = ledger.get(id);
        Map<Long, String> names =
                directory
                        .summaries(agreement.parties().stream()
                                .map(Party::organisationId)
                                .toList())
                        .values()
                        .stream()
                        .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        model.addAttribute("agreementId", id);
        return form(AgreementForm.of(agreement.terms(), agreement.version(), names), model);
    }

    /** Revises the terms; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/agreements/{id}/edit")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("agreementId", id);
        try {
            ledger.revise(id, form.getVersion() == null ? -1 : form.getVersion(), reader.terms(form));
            redirect.addFlashAttribute("done", "agreement.done.revised");
            return "redirect:/agreements/" + id;
        } catch (InvalidInput e) {
            e.problems()
                    .forEach(p -> errors.rejectValue(
                            AgreementFormReader.formField(p.field()), p.code(), p.arguments(), p.code()));
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return form(form, model);
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        describe(id, model);
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("cadences", Obligation.Cadence.values());
        model.addAttribute("timeline", timeline.of(id));
        return "agreements/show";
    }

    /** The agreement's summary for print: parties, commitments, obligations and their status, documents. */
    @GetMapping("/agreements/{id}/print")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    String print(@PathVariable Long id, Model model) {
        describe(id, model);
        model.addAttribute("now", ZonedDateTime.now(clock));
        return "agreements/print";
    }

    private void describe(Long id, Model model) {
        Agreement agreement = ledger.get(id);
        AgreementView view = AgreementView.of(
                agreement,
                directory.summaries(
                        agreement.parties().stream().map(Party::organisationId).toList()));
        model.addAttribute("agreement", view);
        model.addAttribute(
                "partyNames",
                view.parties().stream()
                        .collect(Collectors.toMap(
                                AgreementView.PartyView::organisationId, p -> String.valueOf(p.organisationName()))));
        Body body = agreement.bodyId().map(community::get).orElse(null);
        model.addAttribute("body", body);
        model.addAttribute(
                "meeting",
                agreement
                        .meetingId()
                        .flatMap(m -> meetingsOf(body == null ? null : body.id()).stream()
                                .filter(a -> a.id().equals(m))
                                .findFirst())
                        .orElse(null));
        List<Obligation> promised = obligations.of(id);
        model.addAttribute("obligations", promised);
        model.addAttribute(
                "obligationNames",
                promised.stream().collect(Collectors.toMap(Obligation::id, Obligation::description)));
        model.addAttribute(
                "actingFor",
                agreement.parties().stream()
                        .map(Party::organisationId)
                        .filter(access::canActFor)
                        .toList());
        model.addAttribute("canSignOnBehalf", access.canSignOnBehalf(id));
        List<Long> mine = agreement.parties().stream()
                .map(Party::organisationId)
                .filter(access::canActFor)
                .toList();
        model.addAttribute(
                "behalfParties",
                view.parties().stream()
                        .filter(p -> p.signature() == null && !mine.contains(p.organisationId()))
                        .toList());
        model.addAttribute("signedCount", agreement.signatures().size());
    }

    @PostMapping("/agreements/{id}/{step}")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String step(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        if (!List.of("in-force", "complete", "terminate").contains(step)) {
            throw new NotFound("agreement step", step);
        }
        outcomes.attempt(redirect, "agreement.done." + step, () -> {
            switch (step) {
                case "in-force" -> ledger.bringIntoForce(id, version);
                case "complete" -> ledger.complete(id, version);
                default -> ledger.terminate(id, version, reason);
            }
        });
        return "redirect:/agreements/" + id;
    }

    /** A party signs for itself, or the body's secretariat records its signature on its behalf with the scan. */
    @PostMapping("/agreements/{id}/signatures")
    @PreAuthorize("@agreementAccess.canSignFor(#id, #organisationId)")
    String sign(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String signatoryPosition,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        boolean onBehalf = !access.canActFor(organisationId);
        outcomes.attempt(redirect, "agreement.done.sign", () -> {
            try (InputStream scan = PageOutcomes.open(file)) {
                ledger.sign(
                        id,
                        version,
                        organisationId,
                        new AgreementBook.Signing(signedOn, place, signatoryPosition),
                        onBehalf,
                        scan == null ? null : file.getOriginalFilename(),
                        scan);
            }
        });
        return "redirect:/agreements/" + id + "#signatures";
    }

    @PostMapping("/agreements/{id}/documents")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String attach(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "agreement.done.document", () -> {
            try (InputStream content = PageOutcomes.open(file)) {
                if (content == null) {
                    throw new InvalidInput("file", "file.empty");
                }
                ledger.attach(id, title, file.getOriginalFilename(), content);
            }
        });
        return "redirect:/agreements/" + id + "#documents";
    }

    @GetMapping({"/agreements/{id}/documents/{fileId}", "/api/v1/agreements/{id}/documents/{fileId}"})
    @PreAuthorize("@agreementAccess.canRead(#id)")
    ResponseEntity<Resource> document(@PathVariable Long id, @PathVariable UUID fileId) {
        if (!ledger.isDocument(id, fileId)) {
            throw new NotFound("agreement document", fileId);
        }
        return downloads.of(fileId);
    }

    /** The meetings of the body chosen on the form, to pick the one where the agreement was signed. */
    @GetMapping("/agreements/meetings")
    @PreAuthorize("isAuthenticated()")
    String meetings(@RequestParam(required = false) Long bodyId, Model model) {
        model.addAttribute("meetings", meetingsOf(bodyId));
        return "agreements/form :: meetingField";
    }

    private List<MeetingView> meetingsOf(Long bodyId) {
        return bodyId == null ? List.of() : community.meetings(bodyId);
    }

    private String form(AgreementForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("meetings", meetingsOf(form.getBodyId()));
        model.addAttribute("meetingId", form.getMeetingId());
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("bodies", community.search("", 0, 100).items());
        return "agreements/form";
    }
}
