package org.ronghe.evaluation.web;

import org.ronghe.core.InvalidInput;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkAccess;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator frameworks in the browser: every version of every framework; one version's groups, indicators and points;
 * for platform admins and evaluators, a draft's definition edited as JSON (checked against the figures the modules
 * offer, problems shown by point), published, and the next version of a published one started.
 */
@Controller
class FrameworkPages {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final FrameworkBook book;
    private final Frameworks frameworks;
    private final FrameworkAccess access;
    private final PageOutcomes outcomes;

    FrameworkPages(FrameworkBook book, Frameworks frameworks, FrameworkAccess access, PageOutcomes outcomes) {
        this.book = book;
        this.frameworks = frameworks;
        this.access = access;
        this.outcomes = outcomes;
    }

    @GetMapping("/frameworks")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.findAllByOrderByCodeAscNumberDesc());
        return "evaluation/frameworks";
    }

    @GetMapping("/frameworks/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        Framework framework = book.get(id);
        model.addAttribute("f", framework);
        model.addAttribute("writes", access.canWrite());
        model.addAttribute("figures", book.figureKeys());
        if (!model.containsAttribute("json")) {
            model.addAttribute("json", JSON.writeValueAsString(framework.definition()));
        }
        return "evaluation/framework";
    }

    @PostMapping("/frameworks/{id}")
    @PreAuthorize("@frameworkAccess.canWrite()")
    String revise(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String definition,
            RedirectAttributes redirect) {
        if (!outcomes.attempt(
                redirect, "framework.done.saved", () -> book.revise(id, version, name, parse(definition)))) {
            redirect.addFlashAttribute("json", definition);
        }
        return "redirect:/frameworks/" + id;
    }

    @PostMapping("/frameworks/{id}/publish")
    @PreAuthorize("@frameworkAccess.canWrite()")
    String publish(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "framework.done.published", () -> book.publish(id, version));
        return "redirect:/frameworks/" + id;
    }

    @PostMapping("/frameworks/{id}/next-version")
    @PreAuthorize("@frameworkAccess.canWrite()")
    String nextVersion(@PathVariable Long id, RedirectAttributes redirect) {
        return outcomes.redirectToMade(
                redirect,
                "framework.done.drafted",
                () -> "/frameworks/" + book.nextVersion(id).id(),
                "/frameworks/" + id);
    }

    /** The definition typed in, or a problem naming where the JSON breaks. */
    private static Definition parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInput("definition", "input.required");
        }
        try {
            return JSON.readValue(json, Definition.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidInput(
                    "definition",
                    "framework.json.unreadable",
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
    }
}
