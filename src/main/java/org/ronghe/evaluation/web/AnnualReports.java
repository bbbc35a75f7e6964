package org.ronghe.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.Community;
import org.ronghe.community.CompositionRow;
import org.ronghe.community.MeetingView;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.ReportSection;
import org.ronghe.evaluation.report.ReportDocument;
import org.ronghe.evaluation.report.ReportDocument.Block;
import org.ronghe.evaluation.report.ReportDocument.Chart;
import org.ronghe.evaluation.report.ReportDocument.Heading;
import org.ronghe.evaluation.report.ReportDocument.Link;
import org.ronghe.evaluation.report.ReportDocument.Paragraph;
import org.ronghe.evaluation.report.ReportDocument.Table;
import org.ronghe.evaluation.web.EvaluationViews.EvaluationView;
import org.ronghe.evaluation.web.EvaluationViews.GroupView;
import org.ronghe.evaluation.web.EvaluationViews.PointView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's annual report (年度质量报告) for an evaluation's year, from the same view the evaluation page shows: the body, its
 * governance and members, every indicator group with its figures and where they come from, charts of the same figures,
 * and the secretariat's own sections — in the reader's language.
 */
@Component
class AnnualReports {

    private final EvaluationViews views;
    private final Community community;
    private final MessageSource messages;

    AnnualReports(EvaluationViews views, Community community, MessageSource messages) {
        this.views = views;
        this.community = community;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    ReportDocument of(Evaluation evaluation, LocalDate today, String baseUrl, Locale locale) {
        Text t = new Text(messages, locale);
        EvaluationView e = views.of(evaluation);
        BodyProfile body = community.profile(e.bodyId());
        List<Block> blocks = new ArrayList<>();
        body(blocks, body, t);
        governance(blocks, body, e.year(), t);
        members(blocks, body, t);
        results(blocks, e, baseUrl, t);
        narrative(blocks, evaluation.sections(), t);
        String subtitle = t.get(
                "evaluation.report.subtitle",
                e.framework().name() + " v" + e.framework().number(),
                t.get("evaluation.status." + e.status()),
                e.total() == null ? "—" : ReportDocument.plain(e.total()),
                ReportDocument.plain(e.maxTotal()),
                e.grade() == null ? "—" : e.grade(),
                today.toString());
        return new ReportDocument(t.get("evaluation.report.title", e.bodyName(), e.year() + ""), subtitle, blocks);
    }

    private static void body(List<Block> blocks, BodyProfile body, Text t) {
        blocks.add(new Heading(1, t.get("evaluation.report.body")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(t.get("evaluation.report.name"), body.name()));
        rows.add(List.of(t.get("evaluation.report.kind"), t.get("body.kind." + body.kind())));
        rows.add(List.of(t.get("body.region"), orDash(body.regionLabel())));
        rows.add(List.of(t.get("body.founded"), orDash(body.foundedOn())));
        rows.add(List.of(
                t.get("body.leads"),
                joined(body.leads().stream()
                        .map(l -> l.organisation().name() + "（" + t.get(l.role().messageKey()) + "）")
                        .toList())));
        rows.add(List.of(
                t.get("evaluation.report.secretariat"),
                body.secretariat() == null ? "—" : body.secretariat().name()));
        rows.add(List.of(
                t.get("body.guiding-committee"),
                joined(body.guidingCommittee().stream().map(o -> o.name()).toList())));
        blocks.add(new Table(
                t.get("evaluation.report.body.sheet"),
                List.of(t.get("evaluation.report.item"), t.get("evaluation.report.content")),
                rows));
        if (body.description() != null) {
            blocks.add(new Paragraph(body.description()));
        }
    }

    private static void governance(List<Block> blocks, BodyProfile body, int year, Text t) {
        blocks.add(new Heading(1, t.get("evaluation.report.governance")));
        List<List<Object>> terms = body.councilTerms().stream()
                .map(term -> List.<Object>of(orDash(term.name()), orDash(term.startsOn()), orDash(term.endsOn()), (long)
                        term.seats().size()))
                .toList();
        table(
                blocks,
                t,
                "body.council",
                terms,
                "evaluation.report.term",
                "evaluation.report.starts",
                "evaluation.report.ends",
                "evaluation.report.seats");
        List<List<Object>> meetings = body.meetings().stream()
                .filter(m -> m.heldOn() != null && m.heldOn().getYear() == year)
                .map(m -> List.<Object>of(
                        m.heldOn(), t.get(m.kind().messageKey()), orDash(m.title()), orDash(m.place()), attendance(m)))
                .toList();
        table(
                blocks,
                t,
                "evaluation.report.meetings",
                meetings,
                "evaluation.report.held-on",
                "evaluation.report.meeting-kind",
                "evaluation.report.meeting-title",
                "evaluation.report.place",
                "evaluation.report.attendance");
        List<List<Object>> charters = body.charters().stream()
                .map(c -> List.<Object>of(orDash(c.title()), orDash(c.adoptedOn())))
                .toList();
        table(
                blocks,
                t,
                "evaluation.report.charters",
                charters,
                "evaluation.report.charter-title",
                "evaluation.report.adopted-on");
    }

    private static void members(List<Block> blocks, BodyProfile body, Text t) {
        blocks.add(new Heading(1, t.get("evaluation.report.members")));
        List<CompositionRow> rows =
                body.composition().rows().stream().filter(r -> !r.levelRow()).toList();
        blocks.add(new Paragraph(
                t.get("evaluation.report.members.total", body.composition().registeredTotal() + "")));
        table(
                blocks,
                t,
                "evaluation.report.members.sheet",
                rows.stream()
                        .map(r -> List.<Object>of(
                                t.get(r.labelKey()), r.declared() == null ? "—" : (Object) (long) r.declared(), (long)
                                        r.registered()))
                        .toList(),
                "composition.type",
                "composition.declared",
                "composition.registered");
        if (!rows.isEmpty()) {
            blocks.add(new Chart(
                    t.get("composition.chart"),
                    rows.stream().map(r -> t.get(r.labelKey())).toList(),
                    List.of(t.get("composition.declared"), t.get("composition.registered")),
                    List.of(
                            rows.stream()
                                    .map(r -> r.declared() == null ? null : BigDecimal.valueOf(r.declared()))
                                    .toList(),
                            rows.stream()
                                    .map(r -> BigDecimal.valueOf(r.registered()))
                                    .toList())));
        }
    }

    private static void results(List<Block> blocks, EvaluationView e, String baseUrl, Text t) {
        blocks.add(new Heading(1, t.get("evaluation.report.results")));
        boolean scored = e.status() != Evaluation.Status.OPEN;
        blocks.add(new Paragraph(t.get(scored ? "evaluation.report.frozen" : "evaluation.report.live")));
        if (scored) {
            blocks.add(new Chart(
                    t.get("evaluation.report.scores.chart"),
                    e.groups().stream().map(GroupView::name).toList(),
                    List.of(t.get("evaluation.point.score"), t.get("evaluation.point.max")),
                    List.of(
                            e.groups().stream().map(AnnualReports::scored).toList(),
                            e.groups().stream().map(GroupView::maxScore).toList())));
        }
        for (GroupView g : e.groups()) {
            blocks.add(new Heading(2, g.code() + " " + g.name()));
            List<List<Object>> rows = g.indicators().stream()
                    .flatMap(i -> i.points().stream())
                    .map(p -> point(p, baseUrl, t))
                    .toList();
            blocks.add(new Table(
                    g.name(),
                    headers(
                            t,
                            "evaluation.point",
                            "evaluation.report.point-name",
                            "evaluation.point.declared",
                            "evaluation.point.recorded",
                            "evaluation.report.records",
                            "evaluation.point.score",
                            "evaluation.point.max",
                            "evaluation.report.source"),
                    rows));
        }
    }

    private static List<Object> point(PointView p, String baseUrl, Text t) {
        EvaluationViews.Shown shown = p.frozen() != null ? p.frozen() : p.live();
        Object source = shown == null
                ? "—"
                : new Link(
                        t.get("evaluation.records", shown.records() + ""),
                        shown.recordsHref() == null ? null : baseUrl + shown.recordsHref());
        Object score = Boolean.TRUE.equals(p.vetoFailed())
                ? t.get("evaluation.veto.failed")
                : p.veto() && p.finalScore() != null ? t.get("evaluation.veto.passed") : p.finalScore();
        return Arrays.asList(
                p.code(),
                p.name(),
                p.declared(),
                shown == null ? null : shown.value(),
                shown == null ? null : shown.records(),
                score,
                p.veto() ? t.get("evaluation.point.veto") : p.maxScore(),
                source);
    }

    private static BigDecimal scored(GroupView g) {
        return g.indicators().stream()
                .flatMap(i -> i.points().stream())
                .map(PointView::finalScore)
                .filter(s -> s != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void narrative(List<Block> blocks, List<ReportSection> sections, Text t) {
        if (sections.isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, t.get("evaluation.report.narrative")));
        for (ReportSection s : sections) {
            blocks.add(new Heading(2, s.title()));
            s.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> blocks.add(new Paragraph(l)));
        }
    }

    /** A table under its own heading, or a line saying there is nothing to list. */
    private static void table(List<Block> blocks, Text t, String name, List<List<Object>> rows, String... headers) {
        blocks.add(new Heading(2, t.get(name)));
        if (rows.isEmpty()) {
            blocks.add(new Paragraph(t.get("evaluation.report.none")));
        } else {
            blocks.add(new Table(t.get(name), headers(t, headers), rows));
        }
    }

    private static List<String> headers(Text t, String... keys) {
        return Arrays.stream(keys).map(t::get).toList();
    }

    private static Object attendance(MeetingView m) {
        return m.attendance() == null ? "—" : m.attendance() + (m.attendanceAtLeast() ? "+" : "");
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? "—" : names.stream().collect(Collectors.joining("、"));
    }

    private static Object orDash(Object value) {
        return value == null ? "—" : value.toString();
    }

    /** Messages in the reader's language. */
    private record Text(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
