package org.ronghe.directory.web;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.Regions;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Industry;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationAffiliations;
import org.ronghe.directory.OrganisationQuery;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.PossibleDuplicate;
import org.ronghe.directory.SchoolLevel;
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

/** The directory: search with filters, organisation pages, registration, editing and merging duplicates. */
@Controller
class OrganisationPages {

    private static final int BODY_CHOICES_MAX = 100;

    private final Directory directory;
    private final List<OrganisationAffiliations> affiliations;
    private final Optional<MembershipLookup> memberships;

    OrganisationPages(
            Directory directory, List<OrganisationAffiliations> affiliations, Optional<MembershipLookup> memberships) {
        this.directory = directory;
        this.affiliations = affiliations;
        this.memberships = memberships;
    }

    @GetMapping("/organisations")
    String list(
            @ModelAttribute("filter") DirectoryFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", filter.text());
        model.addAttribute("organisations", directory.search(filter.toQuery(memberships), page, 20));
        model.addAttribute("bodies", bodyChoices(filter.body()));
        model.addAttribute(
                "statuses", memberships.map(MembershipLookup::statuses).orElse(List.of()));
        model.addAttribute("sorts", OrganisationQuery.Sort.values());
        addChoices(model);
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable Long id, Model model) {
        Optional<Long> survivor = directory.survivorOf(id);
        if (survivor.isPresent()) {
            return "redirect:/organisations/" + survivor.get();
        }
        model.addAttribute("organisation", directory.get(id));
        model.addAttribute(
                "affiliations",
                affiliations.stream().flatMap(a -> a.of(id).stream()).toList());
        return "organisations/show";
    }

    @GetMapping("/organisations/new")
    @PreAuthorize("@permissions.canRegisterOrganisations()")
    String create(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        addChoices(model);
        return "organisations/form";
    }

    @PostMapping("/organisations/new")
    @PreAuthorize("@permissions.canRegisterOrganisations()")
    String register(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) { // a choice the binder could not read is shown with why, not registered as none
            addChoices(model);
            return "organisations/form";
        }
        try {
            Organisation saved = directory.register(form.draft(), form.duplicateWasConfirmed());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + saved.id();
        } catch (InvalidInput e) {
            FormErrors.reject(errors, e);
        } catch (PossibleDuplicate e) {
            model.addAttribute("duplicates", e.existing());
        }
        addChoices(model);
        return "organisations/form";
    }

    @GetMapping("/organisations/{id}/edit")
    @PreAuthorize("@permissions.canManageOrganisation(#id)")
    String edit(@PathVariable Long id, Model model) {
        Organisation organisation = directory.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", OrganisationForm.of(organisation));
        addChoices(model);
        return "organisations/form";
    }

    @PostMapping("/organisations/{id}/edit")
    @PreAuthorize("@permissions.canManageOrganisation(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("organisation", directory.get(id));
            addChoices(model);
            return "organisations/form";
        }
        try {
            directory.revise(id, form.expectedVersion(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(errors, e);
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            errors.reject("problem.conflict.detail");
        }
        model.addAttribute("organisation", directory.get(id));
        addChoices(model);
        return "organisations/form";
    }

    @GetMapping("/organisations/{id}/merge")
    @PreAuthorize("@permissions.isPlatformAdmin()")
    String mergeForm(@PathVariable Long id, @RequestParam(required = false) Long duplicate, Model model) {
        Organisation survivor = directory.get(id);
        model.addAttribute("organisation", survivor);
        model.addAttribute(
                "candidates",
                directory.sameName(survivor.name()).stream()
                        .filter(o -> !o.id().equals(id))
                        .toList());
        if (duplicate != null) {
            model.addAttribute("duplicate", directory.get(duplicate));
            model.addAttribute(
                    "duplicateAffiliations",
                    affiliations.stream().flatMap(a -> a.of(duplicate).stream()).toList());
        }
        return "organisations/merge";
    }

    @PostMapping("/organisations/{id}/merge")
    @PreAuthorize("@permissions.isPlatformAdmin()")
    String merge(@PathVariable Long id, @RequestParam Long duplicate, RedirectAttributes redirect) {
        try {
            directory.merge(id, duplicate);
            redirect.addFlashAttribute("merged", true);
            return "redirect:/organisations/" + id;
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:/organisations/" + id + "/merge";
        }
    }

    /**
     * The bodies to offer in the filter: all of them on a platform with a few dozen, else only the one chosen (a long
     * list would weigh on every directory page; the body page links here with its filter set).
     */
    private List<MembershipLookup.Choice> bodyChoices(Long selected) {
        List<MembershipLookup.Choice> all =
                memberships.map(MembershipLookup::bodies).orElse(List.of());
        if (all.size() <= BODY_CHOICES_MAX) {
            return all;
        }
        return all.stream()
                .filter(b -> b.value().equals(String.valueOf(selected)))
                .toList();
    }

    private static void addChoices(Model model) {
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("levels", SchoolLevel.values());
        model.addAttribute("regions", Regions.all());
        model.addAttribute("industries", Industry.all());
    }
}
