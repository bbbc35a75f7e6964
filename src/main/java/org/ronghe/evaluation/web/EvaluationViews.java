package org.ronghe.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.ronghe.core.figures.Figure;
import org.ronghe.evaluation.cycles.Entry;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationAccess;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.cycles.Evaluations;
import org.ronghe.evaluation.cycles.ReportSection;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Point;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations as pages and the API show them: every point with what the body declares beside what the records show —
 * live before submission; frozen after it, with the live figure where it has changed since.
 */
@Component
class EvaluationViews {

    private final EvaluationBook book;
    private final Evaluations evaluations;
    private final EvaluationAccess access;
    private final FrameworkBook frameworks;
    private final Community community;

    EvaluationViews(
            EvaluationBook book,
            Evaluations evaluations,
            EvaluationAccess access,
            FrameworkBook frameworks,
            Community community) {
        this.book = book;
        this.evaluations = evaluations;
        this.access = access;
        this.frameworks = frameworks;
        this.community = community;
    }

    /** A page of the evaluations of one body, or of every body the signed-in user reads; latest year first. */
    @Transactional(readOnly = true)
    PageResult<EvaluationRow> page(Long bodyId, int page, int size) {
        PageRequest request = PageRequest.of(
                Math.max(page, 0),
                Math.min(Math.max(size, 1), PageResult.MAX_SIZE),
                Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id")));
        Page<Evaluation> found = bodyId != null
                ? evaluations.findByBodyIdIn(access.canReadBody(bodyId) ? List.of(bodyId) : List.of(), request)
                : access.readsAll()
                        ? evaluations.findAll(request)
                        : evaluations.findByBodyIdIn(access.readableBodies(), request);
        return new PageResult<>(
                found.getContent().stream().map(this::row).toList(),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    record EvaluationRow(
            Long id,
            Long bodyId,
            String bodyName,
            int year,
            String framework,
            Evaluation.Status status,
            BigDecimal total,
            String grade,
            boolean vetoed) {}

    record FrameworkRef(Long id, String code, int number, String name) {}

    /** A figure as the records show it: its value, how many records stand behind it, where they are listed. */
    record Shown(BigDecimal value, long records, String recordsHref) {}

    record PointView(
            String code,
            String name,
            Point.Kind kind,
            BigDecimal maxScore,
            boolean veto,
            String figure,
            Shown live,
            Shown frozen,
            boolean changedSince,
            BigDecimal declared,
            String statement,
            String evidenceFileId,
            String evidenceFileName,
            BigDecimal selfScore,
            BigDecimal score,
            BigDecimal adjustedScore,
            String adjustReason,
            String adjustedBy,
            BigDecimal finalScore,
            Boolean vetoFailed) {}

    record IndicatorView(String code, String name, BigDecimal maxScore, List<PointView> points) {}

    record GroupView(String code, String name, BigDecimal maxScore, List<IndicatorView> indicators) {}

    record EvaluationView(
            Long id,
            long version,
            Long bodyId,
            String bodyName,
            int year,
            FrameworkRef framework,
            Evaluation.Status status,
            Instant submittedAt,
            BigDecimal maxTotal,
            BigDecimal total,
            String grade,
            boolean vetoed,
            int changedSince,
            List<GroupView> groups,
            List<ReportSection> reportSections) {}

    @Transactional(readOnly = true)
    EvaluationRow row(Evaluation e) {
        Framework framework = frameworks.get(e.frameworkId());
        return new EvaluationRow(
                e.id(),
                e.bodyId(),
                community.get(e.bodyId()).name(),
                e.year(),
                framework.name() + " v" + framework.number(),
                e.status(),
                e.total(),
                e.grade(),
                e.vetoed());
    }

    @Transactional(readOnly = true)
    EvaluationView of(Evaluation e) {
        Framework framework = frameworks.get(e.frameworkId());
        Definition definition = framework.definition();
        Map<String, Figure> live = book.live(e);
        List<GroupView> groups = definition.groups().stream()
                .map(g -> new GroupView(
                        g.code(),
                        g.name(),
                        g.maxScore(),
                        g.indicators().stream()
                                .map(i -> new IndicatorView(
                                        i.code(),
                                        i.name(),
                                        i.maxScore(),
                                        i.points().stream()
                                                .map(p -> point(p, e.entry(p.code()), live.get(p.figure())))
                                                .toList()))
                                .toList()))
                .toList();
        int changed = (int) groups.stream()
                .flatMap(g -> g.indicators().stream())
                .flatMap(i -> i.points().stream())
                .filter(PointView::changedSince)
                .count();
        return new EvaluationView(
                e.id(),
                e.version(),
                e.bodyId(),
                community.get(e.bodyId()).name(),
                e.year(),
                new FrameworkRef(framework.id(), framework.code(), framework.number(), framework.name()),
                e.status(),
                e.submittedAt(),
                definition.maxScore(),
                e.total(),
                e.grade(),
                e.vetoed(),
                changed,
                groups,
                e.sections());
    }

    private static PointView point(Point p, Entry entry, Figure figure) {
        Shown live = figure == null ? null : new Shown(figure.value(), figure.records(), figure.recordsHref());
        Shown frozen = entry.frozenValue() == null
                ? null
                : new Shown(entry.frozenValue(), entry.frozenRecords(), entry.frozenHref());
        boolean changed = frozen != null
                && live != null
                && (frozen.value().compareTo(live.value()) != 0 || frozen.records() != live.records());
        return new PointView(
                p.code(),
                p.name(),
                p.kind(),
                p.maxScore(),
                p.veto(),
                p.figure(),
                live,
                frozen,
                changed,
                entry.declared(),
                entry.statement(),
                Objects.toString(entry.evidenceFileId(), null),
                entry.evidenceFileName(),
                entry.selfScore(),
                entry.score(),
                entry.adjustedScore(),
                entry.adjustReason(),
                entry.adjustedBy(),
                entry.finalScore(),
                entry.vetoFailed());
    }
}
