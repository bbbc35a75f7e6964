package org.ronghe.research.web;

import org.ronghe.core.web.PageOutcomes;
import org.ronghe.research.projects.InvestigatorDraft;
import org.ronghe.research.projects.ProjectBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Naming a project's principal investigators on its page, one at a time, and removing one. A name typed is never sent
 * back to the browser, not even when it is refused: the page shows only why.
 */
@Controller
class InvestigatorPages {

    private final ProjectBook book;
    private final PageOutcomes outcomes;

    InvestigatorPages(ProjectBook book, PageOutcomes outcomes) {
        this.book = book;
        this.outcomes = outcomes;
    }

    @PostMapping("/projects/{id}/investigators")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String name(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "research.done.investigator-named",
                () -> book.nameInvestigator(id, version, new InvestigatorDraft(organisationId, name, title)));
        return "redirect:/projects/" + id + "#investigators";
    }

    @PostMapping("/projects/{id}/investigators/{index}/remove")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String unname(
            @PathVariable Long id, @PathVariable int index, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(
                redirect, "research.done.investigator-unnamed", () -> book.unnameInvestigator(id, version, index));
        return "redirect:/projects/" + id + "#investigators";
    }
}
