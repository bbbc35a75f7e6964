package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.EducationLevel;
import org.ronghe.talent.NeedBook;
import org.ronghe.talent.NeedList;
import org.ronghe.talent.NeedStatus;
import org.ronghe.talent.NeedTerms;
import org.ronghe.talent.ProgrammeList;
import org.ronghe.talent.TalentAccess;
import org.ronghe.talent.TalentNeed;
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

/** Talent needs in the browser: a body's list, posting, one need with the programmes answering it, revising. */
@Controller
class NeedPages {

    private final NeedBook board;
    private final NeedList list;
    private final ProgrammeList programmes;
    private final TalentAccess access;
    private final Directory directory;
    private final Community community;
    private final Permissions permissions;
    private final PageOutcomes outcomes;

    NeedPages(NeedBook board, NeedList list, ProgrammeList programmes, TalentAccess access, Directory directory,
              Community community, Permissions permissions, PageOutcomes outcomes) {
        this.board = board;
        this.list = list;
        this.programmes = programmes;
        this.access = access;
        this.directory = directory;
        this.community = community;
        this.permissions = permissions;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/needs")
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("filter") NeedList.Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("needs", list.find(filter, page, 20));
        model.addAttribute("bodies", community.search("", 0, 100).items());
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("statuses", NeedStatus.values());
        return "talent/needs";
    }

    @GetMapping("/talent/needs/new")
    @PreAuthorize("isAuthenticated()")
    String postForm(@RequestParam(required = false) Long bodyId, Model model) {
        NeedForm form = new NeedForm();
        form.setBodyId(bodyId);
        List<Long> mine = permissions.administeredOrganisations();
        if (mine.size() == 1) {
            form.setOrganisation(directory.summaries(mine).values().stream().findFirst().map(OrganisationSummary::name)
                    .orElse(null));
        }
        return form(form, model);
    }

    @PostMapping("/talent/needs")
    @PreAuthorize("isAuthenticated()")
    String post(@ModelAttribute("form") NeedForm form, BindingResult errors, Model model) {
        try {
            NeedTerms terms = form.terms(directory.pick(form.getOrganisation()));
            if (!access.canPost(terms)) {
                throw new AccessDeniedException("talent need");
            }
            return "redirect:/talent/needs/" + board.post(terms).id();
        } catch (InvalidInput e) {
            reject(e, errors);
            return form(form, model);
        }
    }

    @GetMapping("/talent/needs/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        TalentNeed need = board.get(id);
        model.addAttribute("need", need);
        model.addAttribute("terms", need.terms());
        model.addAttribute("organisation", directory.summaries(List.of(need.organisationId())).get(need.organisationId()));
        model.addAttribute("body", community.get(need.bodyId()));
        model.addAttribute("canEdit", access.canEditNeed(id));
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("programmes", programmes.find(new ProgrammeList.Filter(null, null, null, null, null, id), 0, 50)
                .items());
        return "talent/need";
    }

    @GetMapping("/talent/needs/{id}/edit")
    @PreAuthorize("@talentAccess.canEditNeed(#id)")
    String editForm(@PathVariable Long id, Model model) {
        TalentNeed need = board.get(id);
        Map<Long, OrganisationSummary> names = directory.summaries(List.of(need.organisationId()));
        model.addAttribute("needId", id);
        return form(NeedForm.of(need.terms(), names.get(need.organisationId()).name(), need.version()), model);
    }

    /** Revises the need; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/talent/needs/{id}/edit")
    @PreAuthorize("@talentAccess.canEditNeed(#id)")
    String revise(@PathVariable Long id, @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("needId", id);
        try {
            board.revise(id, form.getVersion() == null ? -1 : form.getVersion(),
                    form.terms(directory.pick(form.getOrganisation())));
            redirect.addFlashAttribute("done", "talent.need.done.revised");
            return "redirect:/talent/needs/" + id;
        } catch (InvalidInput e) {
            reject(e, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return form(form, model);
    }

    @PostMapping("/talent/needs/{id}/status")
    @PreAuthorize("@talentAccess.canEditNeed(#id)")
    String mark(@PathVariable Long id, @RequestParam long version, @RequestParam NeedStatus status,
                RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.need.done.status", () -> board.mark(id, version, status));
        return "redirect:/talent/needs/" + id;
    }

    private static void reject(InvalidInput e, BindingResult errors) {
        e.problems().forEach(p -> errors.rejectValue(p.field().equals("organisationId") ? "organisation" : p.field(),
                p.code(), p.arguments(), p.code()));
    }

    private String form(NeedForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("bodies", community.search("", 0, 100).items());
        return "talent/need-form";
    }
}
