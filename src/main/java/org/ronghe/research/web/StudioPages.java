package org.ronghe.research.web;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioAccess;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.studios.StudioDraft;
import org.ronghe.research.studios.StudioKind;
import org.ronghe.research.studios.StudioRecords;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Studios in the browser: the list, opening and revising one, one studio's page (its forms: {@link StudioActionPages}).
 */
@Controller
class StudioPages {

    private final StudioBook book;
    private final StudioRecords records;
    private final StudioAccess access;
    private final ProjectViews views;
    private final Directory directory;
    private final Community community;
    private final PageOutcomes outcomes;
    private final Clock clock;

    StudioPages(
            StudioBook book,
            StudioRecords records,
            StudioAccess access,
            ProjectViews views,
            Directory directory,
            Community community,
            PageOutcomes outcomes,
            Clock clock) {
        this.book = book;
        this.records = records;
        this.access = access;
        this.views = views;
        this.directory = directory;
        this.community = community;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/studios")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<Studio> studios = book.find(bodyId, access.visibility(), page, 20);
        model.addAttribute("studios", studios.map(this::view));
        model.addAttribute(
                "bodyNames",
                views.bodyNames(studios.items().stream().map(Studio::bodyId).toList()));
        model.addAttribute(
                "hostNames",
                directory.names(studios.items().stream().map(Studio::hostId).toList()));
        model.addAttribute("bodies", views.bodies());
        model.addAttribute("bodyId", bodyId);
        return "research/studios/list";
    }

    @GetMapping("/studios/new")
    @PreAuthorize("isAuthenticated()")
    String openForm(@RequestParam(required = false) Long bodyId, Model model) {
        return form(StudioForm.blank(bodyId), model);
    }

    /** Opens a studio; on problems the form comes back as typed, except people's names, which are never echoed. */
    @PostMapping("/studios")
    @PreAuthorize("isAuthenticated()")
    String open(@ModelAttribute("form") StudioForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            form.forgetNames();
            return form(form, model);
        }
        try {
            StudioDraft terms = form.terms();
            if (!access.canOpen(terms)) {
                throw new AccessDeniedException("studio open");
            }
            return "redirect:/studios/" + book.open(terms).id();
        } catch (InvalidInput e) {
            form.forgetNames(); // first: a rejected value is kept as typed and would be shown
            FormErrors.rejectOnForm(errors, e);
            return form(form, model);
        }
    }

    @GetMapping("/studios/{id}/edit")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Studio studio = book.get(id);
        return editing(StudioForm.of(studio), studio, model);
    }

    /** Revises a studio; on problems or a conflict the form comes back as typed, people's names excepted. */
    @PostMapping("/studios/{id}/edit")
    @PreAuthorize("@studioAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") StudioForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Studio studio = book.get(id);
        form.fixTo(studio);
        if (!errors.hasErrors()) {
            try {
                book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.terms(), form.staffing());
                redirect.addFlashAttribute("done", "research.done.studio-revised");
                return "redirect:/studios/" + id;
            } catch (InvalidInput e) {
                form.forgetNames();
                FormErrors.rejectOnForm(errors, e);
            } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
                model.addAttribute("problem", outcomes.problem(e));
            }
        }
        form.forgetNames();
        return editing(form, studio, model);
    }

    private String editing(StudioForm form, Studio studio, Model model) {
        model.addAttribute("studioId", studio.id());
        model.addAttribute("studioName", studio.name());
        model.addAttribute("kept", studio.members());
        model.addAttribute("keptLeader", studio.leaderNameMasked());
        model.addAttribute("bodyName", community.get(studio.bodyId()).name());
        model.addAttribute("hostName", directory.nameOf(studio.hostId()));
        return form(form, model);
    }

    @GetMapping("/studios/{id}")
    @PreAuthorize("@studioAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        Studio studio = book.get(id);
        model.addAttribute("studio", view(studio));
        model.addAttribute("bodyName", community.get(studio.bodyId()).name());
        model.addAttribute("hostName", directory.nameOf(studio.hostId()));
        model.addAttribute("actsForHost", access.actsForHost(studio));
        model.addAttribute("actsForBody", access.actsForBody(studio));
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "research/studios/show";
    }

    private StudioView view(Studio studio) {
        return StudioView.of(studio, records.innovationsOf(studio.id()), records.trainingsOf(studio.id()));
    }

    private String form(StudioForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", StudioKind.values());
        model.addAttribute("bodies", views.bodies());
        model.addAttribute(
                "hosts",
                form.getBodyId() == null || model.containsAttribute("studioId") ? Map.of() : hosts(form.getBodyId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "research/studios/form";
    }

    /** The body's active members that may host a studio: enterprises and schools. */
    private Map<Long, String> hosts(Long bodyId) {
        List<Long> fitting = directory.summaries(community.activeMembers(bodyId)).values().stream()
                .filter(o -> o.type() == OrganisationType.ENTERPRISE || o.type().isSchool())
                .map(OrganisationSummary::id)
                .toList();
        return directory.names(fitting);
    }
}
