package org.ronghe.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ronghe.community.Community;
import org.ronghe.core.sheets.SheetWriter;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationAccess;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.cycles.MemberContributions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members' contributions in the browser: the ranked table under an evaluation with the secretariat's publish button and
 * certificates, its .xlsx, and the published table on the body's public address.
 */
@Controller
class ContributionPages {

    private final EvaluationBook book;
    private final EvaluationAccess access;
    private final MemberContributions contributions;
    private final Community community;
    private final PageOutcomes outcomes;
    private final MessageSource messages;

    ContributionPages(
            EvaluationBook book,
            EvaluationAccess access,
            MemberContributions contributions,
            Community community,
            PageOutcomes outcomes,
            MessageSource messages) {
        this.book = book;
        this.access = access;
        this.contributions = contributions;
        this.community = community;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @GetMapping("/evaluations/{id}/contributions")
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    String show(@PathVariable Long id, Model model) {
        Evaluation evaluation = book.get(id);
        model.addAttribute("writes", access.canWrite(id));
        return page(evaluation, model);
    }

    @GetMapping("/bodies/{bodyId}/contributions/{year}")
    @PreAuthorize("permitAll()")
    String published(@PathVariable Long bodyId, @PathVariable int year, Model model) {
        model.addAttribute("writes", false);
        model.addAttribute("public", true);
        return page(ContributionApi.publishedCycle(book, bodyId, year), model);
    }

    @GetMapping("/bodies/{bodyId}/contributions")
    @PreAuthorize("permitAll()")
    String publishedYears(@PathVariable Long bodyId, Model model) {
        model.addAttribute("body", community.get(bodyId));
        model.addAttribute("years", book.publishedContributionYears(bodyId));
        return "evaluation/published-contributions";
    }

    @PostMapping("/evaluations/{id}/contributions/publication")
    @PreAuthorize("@evaluationAccess.canWrite(#id)")
    String publish(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam boolean published,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                published ? "evaluation.done.contributions-published" : "evaluation.done.contributions-withdrawn",
                () -> book.publishContributions(id, version, published));
        return "redirect:/evaluations/" + id + "/contributions";
    }

    @GetMapping("/evaluations/{id}/contributions.xlsx")
    @PreAuthorize("@evaluationAccess.canRead(#id)")
    void sheet(@PathVariable Long id, HttpServletResponse response) throws IOException {
        MemberContributions.Table table = contributions.of(book.get(id));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(
                text("evaluation.contributions.rank", locale),
                text("evaluation.contributions.member", locale),
                text("evaluation.contributions.type", locale)));
        table.keys().forEach(k -> headers.add(text("figure." + k, locale)));
        headers.add(text("evaluation.contributions.records", locale));
        List<List<Object>> rows = table.lines().stream()
                .map(l -> {
                    List<Object> row = new ArrayList<>(List.of(
                            l.rank(),
                            l.organisation().name(),
                            text(l.organisation().type().messageKey(), locale)));
                    table.keys().forEach(k -> row.add(l.values().get(k)));
                    row.add(l.records());
                    return row;
                })
                .toList();
        FileDownloads.prepareXlsx(
                response, text("evaluation.contributions.title", locale) + "-" + table.year() + ".xlsx");
        SheetWriter.write(response.getOutputStream(), text("evaluation.contributions.title", locale), headers, rows);
    }

    private String page(Evaluation evaluation, Model model) {
        model.addAttribute("table", contributions.of(evaluation));
        model.addAttribute("evaluationId", evaluation.id());
        model.addAttribute("version", evaluation.version());
        model.addAttribute("bodyName", community.get(evaluation.bodyId()).name());
        return "evaluation/contributions";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
