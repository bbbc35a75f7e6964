package org.ronghe.evaluation.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.evaluation.cycles.EvaluationAccess;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.cycles.ReportSection;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluations in the browser: the list with the form that opens a year's self-assessment; one evaluation with every
 * point's declared and recorded figures side by side, the secretariat's forms while open, the evaluator's after.
 */
@Controller
class EvaluationPages {

    private final EvaluationBook book;
    private final EvaluationAccess access;
    private final EvaluationViews views;
    private final Frameworks frameworks;
    private final Community community;
    private final Permissions permissions;
    private final PageOutcomes outcomes;
    private final Clock clock;

    EvaluationPages(
            EvaluationBook book,
            EvaluationAccess access,
            EvaluationViews views,
            Frameworks frameworks,
            Community community,
            Permissions permissions,
            PageOutcomes outcomes,
            Clock clock) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.frameworks = frameworks;
        this.community = community;
        this.permissions = permissions;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/evaluations")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page, Model model) {
        if (bodyId != null && !access.canReadBody(bodyId)) {
            throw new AccessDeniedException("evaluation");
        }
        model.addAttribute("evaluations", views.page(bodyId, page, 20));
        model.addAttribute("body", bodyId == null ? null : community.get(bodyId));
        model.addAttribute(
                "opening",
                permissions.bodiesAs(Role.SECRETARIAT).stream()
                        .map(community::get)
                        .toList());
        model.addAttribute("frameworks", published());
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        return "evaluation/evaluations";
    }

    @PostMapping("/evaluations")
    @PreAuthorize("isAuthenticated()")
    String open(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Long frameworkId,
            RedirectAttributes redirect) {
        if (!access.canOpen(bodyId)) {
            throw new AccessDeniedException("evaluation");
        }
        return outcomes.redirectToMade(
                redirect,
                "evaluation.done.opened",
                () -> {
                    Integer intake = TypedNumbers.whole("year", year);
                    if (intake == null || frameworkId == null) {
                        throw new InvalidInput(intake == null ? "year" : "frameworkId", "input.required");
                    }
                    return "/evaluations/"
                            + book.open(bodyId, intake, frameworkId).id();
                },
                "/evaluations");
    }

    @GetMapping("/evaluations/{id}")
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("e", views.of(book.get(id)));
        model.addAttribute("writes", access.canWrite(id));
        model.addAttribute("reviews", access.canReview(id));
        return "evaluation/evaluation";
    }

    @PostMapping("/evaluations/{id}/points/{code}")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    String declare(
            @PathVariable Long id,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String declared,
            @RequestParam(required = false) String statement,
            @RequestParam(required = false) String selfScore,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "evaluation.done.declared", () -> {
            try (InputStream content = PageOutcomes.open(file)) {
                book.declare(
                        id,
                        version,
                        code,
                        new EvaluationBook.Declaration(
                                TypedNumbers.decimal("declared", declared),
                                statement,
                                TypedNumbers.decimal("selfScore", selfScore)),
                        content == null ? null : file.getOriginalFilename(),
                        content);
            }
        });
        return "redirect:/evaluations/" + id + "#p-" + code;
    }

    @PostMapping("/evaluations/{id}/submit")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    String submit(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "evaluation.done.submitted", () -> book.submit(id, version));
        return "redirect:/evaluations/" + id;
    }

    @PostMapping("/evaluations/{id}/points/{code}/adjustment")
    @PreAuthorize("@evaluationAccess.canReview(#id)")
    String adjust(
            @PathVariable Long id,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) Boolean vetoFailed,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "evaluation.done.adjusted",
                () -> book.adjust(id, version, code, TypedNumbers.decimal("score", score), vetoFailed, reason));
        return "redirect:/evaluations/" + id + "#p-" + code;
    }

    @PostMapping("/evaluations/{id}/grade")
    @PreAuthorize("@evaluationAccess.canReview(#id)")
    String grade(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "evaluation.done.graded", () -> book.grade(id, version));
        return "redirect:/evaluations/" + id;
    }

    @PostMapping("/evaluations/{id}/report-sections")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    String sections(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        // read as a map: a single value bound to a List would be split at its commas
        List<String> t = form.getOrDefault("title", List.of());
        List<String> x = form.getOrDefault("text", List.of());
        List<ReportSection> sections = IntStream.range(0, Math.max(t.size(), x.size()))
                .mapToObj(i -> new ReportSection(i < t.size() ? t.get(i) : null, i < x.size() ? x.get(i) : null))
                .toList();
        outcomes.attempt(redirect, "evaluation.done.sections", () -> book.writeSections(id, version, sections));
        return "redirect:/evaluations/" + id + "#report";
    }

    /** The frameworks a cycle may be opened under, for the list's form. */
    private List<Framework> published() {
        return frameworks.findAllByOrderByCodeAscNumberDesc().stream()
                .filter(f -> f.status() == Framework.Status.PUBLISHED)
                .toList();
    }
}
