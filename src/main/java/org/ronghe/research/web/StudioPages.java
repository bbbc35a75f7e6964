package org.ronghe.research.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioAccess;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.studios.StudioDraft;
import org.ronghe.research.studios.StudioKind;
import org.ronghe.research.studios.StudioRecords;
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

/** Studios in the browser: the list, opening one, one studio's page (its forms: {@link StudioActionPages}). */
@Controller
class StudioPages {

    private final StudioBook book;
    private final StudioRecords records;
    private final StudioAccess access;
    private final ProjectViews views;
    private final Directory directory;
    private final Community community;
    private final Clock clock;

    StudioPages(
            StudioBook book,
            StudioRecords records,
            StudioAccess access,
            ProjectViews views,
            Directory directory,
            Community community,
            Clock clock) {
        this.book = book;
        this.records = records;
        this.access = access;
        this.views = views;
        this.directory = directory;
        this.community = community;
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

    @GetMapping("/studios/{id}")
    @PreAuthorize("@studioAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        Studio studio = book.get(id);
        model.addAttribute("studio", view(studio));
        model.addAttribute("bodyName", community.get(studio.bodyId()).name());
        model.addAttribute("hostName", directory.nameOf(studio.hostId()));
        model.addAttribute("actsForHost", access.actsForHost(studio));
        model.addAttribute("actsForBody", access.actsForBody(studio));
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
        model.addAttribute("hosts", form.getBodyId() == null ? Map.of() : hosts(form.getBodyId()));
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
