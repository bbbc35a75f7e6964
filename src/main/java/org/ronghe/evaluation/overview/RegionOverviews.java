package org.ronghe.evaluation.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ronghe.community.BodyPlace;
import org.ronghe.community.Community;
import org.ronghe.core.ChineseCollation;
import org.ronghe.core.PageResult;
import org.ronghe.core.RegionCode;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guiding department's view (issue 17): the bodies it may see — in a region and the places under it, or those it
 * guides — side by side over years: each year's status, grade, total and key figures as frozen on submission, and for
 * all of them together how many were graded what and their average total, year by year.
 */
@Service
@Transactional(readOnly = true)
public class RegionOverviews {

    /** The figures shown beside each grade, where the body's framework has a point bound to them. */
    public static final List<String> KEY_FIGURES =
            List.of("community.members", "agreement.signed", "talent.hires-confirmed", "docking.dockings-converted");

    private final Community community;
    private final OverviewScope scope;
    private final FrameworkBook frameworks;
    private final JdbcClient jdbc;

    RegionOverviews(Community community, OverviewScope scope, FrameworkBook frameworks, JdbcClient jdbc) {
        this.community = community;
        this.scope = scope;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
    }

    /** One body's evaluation of a year; {@code figures} by key, frozen values (empty before submission). */
    public record Cell(
            Long evaluationId,
            Evaluation.Status status,
            BigDecimal total,
            String grade,
            boolean vetoed,
            Map<String, BigDecimal> figures) {}

    /** A body with its years; {@code readable} when the viewer may open its evaluations. */
    public record Line(BodyPlace body, String regionName, boolean readable, Map<Integer, Cell> years) {}

    /** All bodies in view in one year: how many were evaluated, graded (by grade) and their average total. */
    public record Year(int year, long evaluated, Map<String, Long> grades, BigDecimal averageTotal) {}

    public record Overview(
            String region,
            boolean guided,
            int from,
            int to,
            List<Integer> years,
            PageResult<Line> bodies,
            List<Year> trend) {}

    public Overview of(String region, boolean guided, int from, int to, int page, int size) {
        RegionCode code = region == null || region.isBlank() ? null : RegionCode.parse(region);
        List<BodyPlace> places = scope.visible(code, guided).stream()
                .sorted(ChineseCollation.comparing(BodyPlace::name))
                .toList();
        PageResult<BodyPlace> shown = PageResult.of(places, page, size);
        List<Long> ids = shown.items().stream().map(BodyPlace::id).toList();
        Map<Long, Map<Integer, Cell>> cells = cells(ids, from, to);
        Set<Long> readable = scope.readable(ids);
        List<Line> lines = shown.items().stream()
                .map(b -> new Line(
                        b,
                        b.regionCode() == null
                                ? null
                                : RegionCode.of(b.regionCode()).displayName(),
                        readable.contains(b.id()),
                        cells.getOrDefault(b.id(), Map.of())))
                .toList();
        return new Overview(
                code == null ? null : code.value(),
                guided,
                from,
                to,
                IntStream.rangeClosed(from, to).boxed().toList(),
                new PageResult<>(lines, shown.page(), shown.size(), shown.total()),
                trend(places.stream().map(BodyPlace::id).toList(), from, to));
    }

    private record Row(
            Long id,
            Long bodyId,
            int year,
            Evaluation.Status status,
            BigDecimal total,
            String grade,
            boolean vetoed,
            Long frameworkId) {}

    private Map<Long, Map<Integer, Cell>> cells(List<Long> bodyIds, int from, int to) {
        if (bodyIds.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql(
                        "select id, body_id, year, status, total, grade, vetoed, framework_id from evaluations "
                                + "where body_id in (:bodies) and year between :from and :to")
                .param("bodies", bodyIds)
                .param("from", from)
                .param("to", to)
                .query((r, n) -> new Row(
                        r.getLong(1),
                        r.getLong(2),
                        r.getInt(3),
                        Evaluation.Status.valueOf(r.getString(4)),
                        r.getBigDecimal(5),
                        r.getString(6),
                        r.getBoolean(7),
                        r.getLong(8)))
                .list();
        Map<Long, Map<String, BigDecimal>> figures = keyFigures(rows);
        Map<Long, Map<Integer, Cell>> cells = new HashMap<>();
        for (Row r : rows) {
            cells.computeIfAbsent(r.bodyId(), k -> new TreeMap<>())
                    .put(
                            r.year(),
                            new Cell(
                                    r.id(),
                                    r.status(),
                                    r.total(),
                                    r.grade(),
                                    r.vetoed(),
                                    figures.getOrDefault(r.id(), Map.of())));
        }
        return cells;
    }

    /** The frozen key figures of these evaluations, by evaluation and figure key. */
    private Map<Long, Map<String, BigDecimal>> keyFigures(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, String>> figureOfPoint = new HashMap<>();
        Map<Long, Long> frameworkOf = new HashMap<>();
        for (Row r : rows) {
            frameworkOf.put(r.id(), r.frameworkId());
            figureOfPoint.computeIfAbsent(r.frameworkId(), this::keyPoints);
        }
        Set<String> codes = figureOfPoint.values().stream()
                .flatMap(m -> m.keySet().stream())
                .collect(Collectors.toSet());
        Map<Long, Map<String, BigDecimal>> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("select evaluation_id, point_code, frozen_value from evaluation_entries "
                        + "where evaluation_id in (:ids) and point_code in (:codes) and frozen_value is not null")
                .param("ids", frameworkOf.keySet())
                .param("codes", codes)
                .query(r -> {
                    long evaluation = r.getLong(1);
                    String figure =
                            figureOfPoint.get(frameworkOf.get(evaluation)).get(r.getString(2));
                    if (figure != null) {
                        found.computeIfAbsent(evaluation, k -> new LinkedHashMap<>())
                                .putIfAbsent(figure, r.getBigDecimal(3));
                    }
                });
        return found;
    }

    /** The framework's computed points bound to a key figure: point code → figure key. */
    private Map<String, String> keyPoints(Long frameworkId) {
        Map<String, String> points = new HashMap<>();
        frameworks
                .get(frameworkId)
                .definition()
                .points()
                .filter(p -> p.figure() != null && KEY_FIGURES.contains(p.figure()))
                .forEach(p -> points.putIfAbsent(p.code(), p.figure()));
        return points;
    }

    /** The evaluations of a year with one grade (blank: not graded): how many, their totals' sum and count. */
    private record GradeCount(String grade, long count, BigDecimal sum, long totals) {}

    private List<Year> trend(Collection<Long> bodyIds, int from, int to) {
        Map<Integer, List<GradeCount>> byYear = new TreeMap<>();
        if (!bodyIds.isEmpty()) {
            jdbc.sql("select year, coalesce(grade, ''), count(*), sum(total), count(total) from evaluations "
                            + "where body_id in (:bodies) and year between :from and :to group by year, grade")
                    .param("bodies", bodyIds)
                    .param("from", from)
                    .param("to", to)
                    .query(r -> {
                        byYear.computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
                                .add(new GradeCount(r.getString(2), r.getLong(3), r.getBigDecimal(4), r.getLong(5)));
                    });
        }
        return IntStream.rangeClosed(from, to)
                .mapToObj(year -> year(year, byYear.getOrDefault(year, List.of())))
                .toList();
    }

    private static Year year(int year, List<GradeCount> groups) {
        Map<String, Long> grades = new LinkedHashMap<>();
        long totals = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (GradeCount g : groups) {
            if (!g.grade().isEmpty()) {
                grades.put(g.grade(), g.count());
            }
            sum = g.sum() == null ? sum : sum.add(g.sum());
            totals += g.totals();
        }
        return new Year(
                year,
                groups.stream().mapToLong(GradeCount::count).sum(),
                grades,
                totals == 0 ? null : sum.divide(BigDecimal.valueOf(totals), 2, RoundingMode.HALF_UP));
    }
}
