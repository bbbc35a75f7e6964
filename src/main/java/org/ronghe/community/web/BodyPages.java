package org.ronghe.community.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Admissions;
import org.ronghe.community.Body;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.Community;
import org.ronghe.community.Membership;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.Regions;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Permissions;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Public pages of bodies (home list, body page) and the secretariat's profile editor. */
@Controller
class BodyPages {

    private final Community community;
    private final Admissions admissions;
    private final Directory directory;
    private final Permissions permissions;

    BodyPages(Community community, Admissions admissions, Directory directory, Permissions permissions) {
        this.community = community;
        this.admissions = admissions;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** Anonymous visitors land on the bodies; signed-in users on their workbench. */
    @GetMapping("/")
    String home(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        if (Permissions.currentUser().isPresent() && q.isEmpty()) {
            return "redirect:/workbench";
        }
        return list(q, page, model);
    }

    @GetMapping("/bodies")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("bodies", community.search(q, page, 20));
        return "bodies/list";
    }

    @GetMapping("/bodies/new")
    @PreAuthorize("@permissions.isPlatformAdmin()")
    String create(Model model) {
        model.addAttribute("form", new BodyDraft(null, null, null, null, null, null, null));
        return newBodyForm(model);
    }

    @PostMapping("/bodies/new")
    @PreAuthorize("@permissions.isPlatformAdmin()")
    String found(
            @ModelAttribute("form") BodyDraft form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) { // a kind, date or parent the binder could not read is shown with why, not dropped
            return newBodyForm(model);
        }
        try {
            Long id = community.found(form).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/bodies/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(errors, e);
            return newBodyForm(model);
        }
    }

    private String newBodyForm(Model model) {
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("parents", community.search("", 0, 100).items());
        model.addAttribute("regions", Regions.all());
        return "bodies/new";
    }

    @GetMapping("/bodies/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("body", community.profile(id));
        model.addAttribute("applicants", applicants(id));
        return "bodies/show";
    }

    @GetMapping("/bodies/{id}/members")
    String members(
            @PathVariable Long id,
            @RequestParam(required = false) OrganisationType type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        BodyProfile body = community.profile(id);
        model.addAttribute("body", body);
        model.addAttribute("type", type);
        model.addAttribute("members", body.members(type, page, 50));
        return "bodies/members";
    }

    @GetMapping("/bodies/{id}/edit")
    @PreAuthorize("@permissions.canManageBody(#id)")
    String edit(@PathVariable Long id, Model model) {
        Body body = community.get(id);
        model.addAttribute("body", body);
        model.addAttribute("form", new ProfileForm(body.shortName(), body.description(), body.version()));
        return "bodies/edit";
    }

    @PostMapping("/bodies/{id}/edit")
    @PreAuthorize("@permissions.canManageBody(#id)")
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                community.reviseProfile(id, form.version(), form.shortName(), form.description());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/bodies/" + id;
            } catch (jakarta.persistence.OptimisticLockException | ObjectOptimisticLockingFailureException e) {
                errors.reject("problem.conflict.detail");
            }
        }
        model.addAttribute("body", community.get(id));
        return "bodies/edit";
    }

    /** The organisations the user administers, each with its membership status in the body (null: none yet). */
    private List<Applicant> applicants(Long bodyId) {
        List<Long> ids = permissions.administeredOrganisations();
        Map<Long, Membership.Status> statuses = admissions.ofOrganisations(bodyId, ids);
        return directory.summaries(ids).values().stream()
                .map(o -> new Applicant(o, statuses.get(o.id())))
                .toList();
    }

    /** An organisation the user may apply for, and where it stands. */
    record Applicant(OrganisationSummary organisation, Membership.Status status) {

        public boolean canApply() {
            return status == null || Membership.reopenable(status);
        }
    }

    /** The editable part of a body's profile, with the version it was read at. */
    record ProfileForm(
            @Size(max = 100) String shortName,
            @Size(max = 4000) String description,
            long version) {}
}
