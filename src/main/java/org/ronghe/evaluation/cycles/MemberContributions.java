package org.ronghe.evaluation.cycles;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ronghe.community.Community;
import org.ronghe.core.ChineseCollation;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Contribution;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's confirmed contributions in an evaluation's year (激励机制), from the same records as the figures: ranked by
 * the confirmed records it stands behind (interns, hires, obligation periods, dockings converted), then by the money it
 * was confirmed to have put in. Only the body's active members are ranked.
 */
@Service
@Transactional(readOnly = true)
public class MemberContributions {

    private final List<FigureSource> sources;
    private final Community community;
    private final Directory directory;

    MemberContributions(List<FigureSource> sources, Community community, Directory directory) {
        this.sources = sources;
        this.community = community;
        this.directory = directory;
    }

    /** One member's line: its rank (equal totals share one), its part of each figure, the total and the money. */
    public record Line(
            int rank,
            OrganisationSummary organisation,
            Map<String, BigDecimal> values,
            BigDecimal records,
            BigDecimal money) {}

    /** The ranked table; {@code keys} are the figures shown, in order, {@code moneyKeys} those in yuan. */
    public record Table(
            Long evaluationId,
            Long bodyId,
            int year,
            List<String> keys,
            Set<String> moneyKeys,
            List<Line> lines,
            Instant publishedAt) {

        public Line of(Long organisationId) {
            return lines.stream()
                    .filter(l -> l.organisation().id().equals(organisationId))
                    .findFirst()
                    .orElse(null);
        }
    }

    public Table of(Evaluation evaluation) {
        BodyPeriod period = BodyPeriod.year(evaluation.bodyId(), evaluation.year());
        List<String> keys = new ArrayList<>();
        Set<String> money = new HashSet<>();
        Map<Long, Map<String, BigDecimal>> byMember = new TreeMap<>();
        Set<Long> members = new HashSet<>(community.activeMembers(evaluation.bodyId()));
        for (FigureSource source : sources) {
            keys.addAll(source.contributionKeys());
            source.definitions().stream()
                    .filter(d -> d.unit() == FigureDefinition.Unit.YUAN)
                    .forEach(d -> money.add(d.key()));
            for (Contribution c : source.contributions(period)) {
                if (members.contains(c.organisationId()) && c.value().signum() > 0) {
                    byMember.computeIfAbsent(c.organisationId(), k -> new LinkedHashMap<>())
                            .merge(c.key(), c.value(), BigDecimal::add);
                }
            }
        }
        return new Table(
                evaluation.id(),
                evaluation.bodyId(),
                evaluation.year(),
                List.copyOf(keys),
                Set.copyOf(money),
                ranked(byMember, money),
                evaluation.contributionsPublishedAt());
    }

    private List<Line> ranked(Map<Long, Map<String, BigDecimal>> byMember, Set<String> money) {
        Map<Long, OrganisationSummary> names = directory.summaries(byMember.keySet());
        List<Line> unranked = byMember.entrySet().stream()
                .map(e -> new Line(
                        0,
                        names.get(e.getKey()),
                        Map.copyOf(e.getValue()),
                        sum(e.getValue(), k -> !money.contains(k)),
                        sum(e.getValue(), money::contains)))
                .sorted(Comparator.comparing(Line::records)
                        .thenComparing(Line::money)
                        .reversed()
                        .thenComparing(
                                ChineseCollation.comparing(l -> l.organisation().name())))
                .toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Line l = unranked.get(i);
            Line before = i == 0 ? null : lines.get(i - 1);
            boolean tied = before != null
                    && before.records().compareTo(l.records()) == 0
                    && before.money().compareTo(l.money()) == 0;
            lines.add(new Line(tied ? before.rank() : i + 1, l.organisation(), l.values(), l.records(), l.money()));
        }
        return lines;
    }

    private static BigDecimal sum(Map<String, BigDecimal> values, Predicate<String> keys) {
        return values.entrySet().stream()
                .filter(e -> keys.test(e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
