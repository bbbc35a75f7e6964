package org.ronghe.research.web;

import jakarta.persistence.OptimisticLockException;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectAccess;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectDraft;
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

/** Projects in the browser: the list, planning, revising, one project (its actions: {@link ProjectActionPages}). */
@Controller
class ProjectPages {

    private final ProjectBook book;
    private final ProjectAccess access;
    private final ProjectViews views;
    private final PageOutcomes outcomes;

    ProjectPages(ProjectBook book, ProjectAccess access, ProjectViews views, PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.outcomes = outcomes;
    }

    @GetMapping("/projects")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long agreementId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageResult<Project> projects = book.find(bodyId, agreementId, access.visibility(), page, 20);
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("projects", projects.map(p -> ProjectView.of(p, book.tranchesOf(p.id()))));
        model.addAttribute(
                "bodyNames",
                views.bodyNames(projects.items().stream().map(Project::bodyId).toList()));
        model.addAttribute("bodies", views.bodies());
        model.addAttribute("bodyId", bodyId);
        return "research/list";
    }

    @GetMapping("/projects/new")
    @PreAuthorize("isAuthenticated()")
    String planForm(@RequestParam(required = false) Long bodyId, Model model) {
        return views.form(ProjectForm.blank(bodyId), null, model);
    }

    @PostMapping("/projects")
    @PreAuthorize("isAuthenticated()")
    String plan(@ModelAttribute("form") ProjectForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) { // what could not be read (an amount in words) is shown, not dropped
            return views.form(form, null, model);
        }
        try {
            ProjectDraft terms = form.terms(null);
            if (!access.canPlan(terms)) {
                throw new AccessDeniedException("project plan");
            }
            return "redirect:/projects/" + book.plan(terms).id();
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
            return views.form(form, null, model);
        }
    }

    @GetMapping("/projects/{id}/edit")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Project project = book.get(id);
        return views.form(ProjectForm.of(project.terms(), project.version()), id, model);
    }

    /** Revises the terms; on invalid input or a conflict the form comes back as typed, with the problem. */
    @PostMapping("/projects/{id}/edit")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return views.form(form, id, model);
        }
        try {
            Long docking = book.get(id).dockingId().orElse(null);
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.terms(docking));
            redirect.addFlashAttribute("done", "research.done.revised");
            return "redirect:/projects/" + id;
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return views.form(form, id, model);
    }

    @GetMapping("/projects/{id}")
    @PreAuthorize("@projectAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        views.page(id, model);
        return "research/show";
    }
}
