package org.ronghe.community.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.ronghe.community.Body;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.Community;
import org.ronghe.directory.OrganisationType;
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

    BodyPages(Community community) {
        this.community = community;
    }

    @GetMapping({"/", "/bodies"})
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("bodies", community.search(q, page, 20));
        return "bodies/list";
    }

    @GetMapping("/bodies/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("body", community.profile(id));
        return "bodies/show";
    }

    @GetMapping("/bodies/{id}/members")
    String members(@PathVariable Long id, @RequestParam(required = false) OrganisationType type,
                   @RequestParam(defaultValue = "0") int page, Model model) {
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
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
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

    /** The editable part of a body's profile, with the version it was read at. */
    record ProfileForm(@Size(max = 100) String shortName, @Size(max = 4000) String description, long version) {
    }
}
