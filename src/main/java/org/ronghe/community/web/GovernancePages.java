package org.ronghe.community.web;

import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.Community;
import org.ronghe.community.CouncilPosition;
import org.ronghe.community.Governance;
import org.ronghe.community.LeadRole;
import org.ronghe.community.MeetingDraft;
import org.ronghe.community.MeetingView;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's governance page: lead units, council terms and seats, guiding committee, the secretariat's host,
 * meetings with documents, charter versions. Each form posts one change and comes back to its section with what
 * happened or why not.
 */
@Controller
@RequestMapping("/bodies/{id}")
@PreAuthorize("@permissions.canManageBody(#id)")
class GovernancePages {

    private final Community community;
    private final Governance governance;
    private final Directory picker;
    private final MessageSource messages;
    private final Clock clock;

    GovernancePages(Community community, Governance governance, Directory picker, MessageSource messages, Clock clock) {
        this.community = community;
        this.governance = governance;
        this.picker = picker;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/manage/governance")
    String page(@PathVariable Long id, Model model) {
        BodyProfile body = community.profile(id);
        model.addAttribute("body", body);
        model.addAttribute("leadRoles", LeadRole.values());
        model.addAttribute("positions", CouncilPosition.values());
        model.addAttribute("meetingKinds", MeetingView.Kind.values());
        model.addAttribute("knownNames", knownNames(body));
        model.addAttribute("today", LocalDate.now(clock));
        return "bodies/governance";
    }

    @PostMapping("/governance/leads")
    String addLead(
            @PathVariable Long id,
            @RequestParam String organisation,
            @RequestParam(required = false) LeadRole role,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(id, "leads", redirect, () -> governance.addLead(id, version, picker.pick(organisation), role));
    }

    @PostMapping("/governance/leads/{organisationId}/remove")
    String removeLead(
            @PathVariable Long id,
            @PathVariable Long organisationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(id, "leads", redirect, () -> governance.removeLead(id, version, organisationId));
    }

    @PostMapping("/governance/terms")
    String openTerm(
            @PathVariable Long id,
            @RequestParam(required = false) String ordinal,
            @RequestParam String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "council",
                redirect,
                () -> governance.openTerm(id, version, TypedNumbers.whole("ordinal", ordinal), name, startsOn, endsOn));
    }

    @PostMapping("/governance/terms/{termId}/remove")
    String removeTerm(
            @PathVariable Long id, @PathVariable Long termId, @RequestParam long version, RedirectAttributes redirect) {
        return attempt(id, "council", redirect, () -> governance.removeTerm(id, version, termId));
    }

    @PostMapping("/governance/terms/{termId}/seats")
    String seat(
            @PathVariable Long id,
            @PathVariable Long termId,
            @RequestParam String organisation,
            @RequestParam(required = false) CouncilPosition position,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "council",
                redirect,
                () -> governance.seat(id, version, termId, picker.pick(organisation), position));
    }

    @PostMapping("/governance/terms/{termId}/seats/{organisationId}/remove")
    String unseat(
            @PathVariable Long id,
            @PathVariable Long termId,
            @PathVariable Long organisationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(id, "council", redirect, () -> governance.unseat(id, version, termId, organisationId));
    }

    @PostMapping("/governance/committee")
    String appoint(
            @PathVariable Long id,
            @RequestParam String organisation,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(
                id, "committee", redirect, () -> governance.appointToCommittee(id, version, picker.pick(organisation)));
    }

    @PostMapping("/governance/committee/{organisationId}/remove")
    String dismiss(
            @PathVariable Long id,
            @PathVariable Long organisationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(id, "committee", redirect, () -> governance.removeFromCommittee(id, version, organisationId));
    }

    @PostMapping("/governance/secretariat")
    String secretariat(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "secretariat",
                redirect,
                () -> governance.hostSecretariat(
                        id, version, organisation.isBlank() ? null : picker.pick(organisation)));
    }

    @PostMapping("/governance/meetings")
    String recordMeeting(
            @PathVariable Long id,
            @ModelAttribute MeetingDraft meeting,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) { // a date, kind or attendance the binder could not read is said, not dropped
            redirect.addFlashAttribute("problems", FormErrors.messages(errors, messages));
            return back(id, "meetings", redirect);
        }
        return attempt(
                id,
                "meetings",
                redirect,
                () -> governance.recordMeeting(id, Objects.requireNonNullElse(meeting.version(), -1L), meeting));
    }

    @PostMapping("/governance/meetings/{meetingId}/documents")
    String attach(
            @PathVariable Long id,
            @PathVariable Long meetingId,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "meetings",
                redirect,
                () -> governance.attachToMeeting(id, meetingId, file.getOriginalFilename(), open(file)));
    }

    @PostMapping("/governance/charters")
    String adoptCharter(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        boolean hasFile = file != null && !file.isEmpty();
        return attempt(
                id,
                "charters",
                redirect,
                () -> governance.adoptCharter(
                        id,
                        title,
                        adoptedOn,
                        meetingId,
                        hasFile ? file.getOriginalFilename() : null,
                        hasFile ? open(file) : null));
    }

    private String attempt(Long id, String section, RedirectAttributes redirect, Runnable change) {
        var locale = LocaleContextHolder.getLocale();
        try {
            change.run();
            redirect.addFlashAttribute("done", section);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", FormErrors.messages(e, messages));
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage(e.code(), e.arguments(), locale)));
        } catch (NotFound e) {
            redirect.addFlashAttribute(
                    "problems", List.of(messages.getMessage("problem.not-found.detail", null, locale)));
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute(
                    "problems", List.of(messages.getMessage("problem.conflict.detail", null, locale)));
        }
        return back(id, section, redirect);
    }

    private static String back(Long id, String section, RedirectAttributes redirect) {
        redirect.addFlashAttribute("section", section);
        return "redirect:/bodies/" + id + "/manage/governance#" + section;
    }

    private static InputStream open(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names to suggest in organisation fields: the body's members and everyone already in its governance. */
    private static List<String> knownNames(BodyProfile body) {
        return Stream.of(
                        body.members().stream().flatMap(g -> g.organisations().stream()),
                        body.leads().stream().map(BodyProfile.Lead::organisation),
                        body.guidingCommittee().stream())
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .map(OrganisationSummary::name)
                .distinct()
                .sorted()
                .toList();
    }
}
