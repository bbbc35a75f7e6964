package org.ronghe.evaluation.cycles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.figures.Figure;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Point;

/**
 * A body's evaluation for a year under one framework version: opened by the secretariat as a self-assessment (自评) with
 * live figures, declared figures, statements and evidence; submitted, which freezes every computed figure with the
 * records behind it and scores it; then reviewed by the evaluating department, who may adjust a score only with a
 * reason, and graded. A failed veto point grades it as failing whatever the total.
 */
@Entity(name = "EvaluationCycle")
@Table(name = "evaluations")
public class Evaluation {

    /** Where a cycle stands. */
    public enum Status {
        OPEN,
        SUBMITTED,
        GRADED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private int year;

    private Long frameworkId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_entries", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<Entry> entries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 20)
    @CollectionTable(name = "evaluation_report_sections", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<ReportSection> sections = new ArrayList<>();

    private Instant openedAt;
    private String openedBy;
    private Instant submittedAt;
    private String submittedBy;
    private Instant gradedAt;
    private String gradedBy;
    private BigDecimal total;
    private boolean vetoed;
    private String grade;
    private Instant contributionsPublishedAt;
    private String contributionsPublishedBy;

    @Version
    private long version;

    protected Evaluation() {}

    static Evaluation open(Long bodyId, int year, Long frameworkId, Definition definition, Instant at, String actor) {
        Evaluation e = new Evaluation();
        e.bodyId = bodyId;
        e.year = year;
        e.frameworkId = frameworkId;
        e.status = Status.OPEN;
        e.openedAt = at;
        e.openedBy = actor;
        definition.points().forEach(p -> e.entries.add(new Entry(p.code())));
        return e;
    }

    void declare(String code, BigDecimal value, String statement) {
        requireOpen();
        entry(code).declare(value, statement);
    }

    void attach(String code, UUID fileId, String fileName) {
        requireOpen();
        entry(code).attach(fileId, fileName);
    }

    void selfScore(Point point, BigDecimal score) {
        requireOpen();
        if (point.kind() != Point.Kind.EVIDENCE || point.veto()) {
            throw new RuleBroken("evaluation.self-score.evidence-only");
        }
        if (!withinScore(point, score)) {
            throw new RuleBroken("evaluation.score.range");
        }
        entry(point.code()).selfScore(score);
    }

    /** Freezes the figures of the computed points as they stand and scores every point. */
    void submit(Definition definition, Map<String, Figure> figures, Instant at, String actor) {
        requireOpen();
        definition.points().forEach(p -> freezeAndScore(p, figures.get(p.figure()), entry(p.code())));
        status = Status.SUBMITTED;
        submittedAt = at;
        submittedBy = actor;
    }

    private static void freezeAndScore(Point point, Figure figure, Entry entry) {
        if (point.kind() == Point.Kind.EVIDENCE) {
            entry.score(
                    point.veto() ? BigDecimal.ZERO : entry.selfScore() == null ? BigDecimal.ZERO : entry.selfScore(),
                    point.veto() ? Boolean.FALSE : null);
            return;
        }
        BigDecimal value = figure == null ? BigDecimal.ZERO : figure.value();
        entry.freeze(value, figure == null ? 0 : figure.records(), figure == null ? null : figure.recordsHref());
        BigDecimal share = point.rule().share(value);
        if (point.veto()) {
            entry.score(BigDecimal.ZERO, share.signum() == 0);
        } else {
            entry.score(point.maxScore().multiply(share).setScale(2, RoundingMode.HALF_UP), null);
        }
    }

    /** The reviewer's score for a point (or, for a veto point, whether it failed), with the reason. */
    void adjust(Point point, BigDecimal score, Boolean vetoFailed, String reason, Instant at, String actor) {
        if (status != Status.SUBMITTED) {
            throw new RuleBroken("evaluation.not-submitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("evaluation.adjust.reason-required");
        }
        if (point.veto() ? vetoFailed == null : score == null || !withinScore(point, score)) {
            throw new RuleBroken("evaluation.score.range");
        }
        entry(point.code()).adjust(point.veto() ? BigDecimal.ZERO : score, vetoFailed, reason.strip(), actor, at);
    }

    void grade(Definition definition, Instant at, String actor) {
        if (status != Status.SUBMITTED) {
            throw new RuleBroken("evaluation.not-submitted");
        }
        total = entries.stream().map(Entry::finalScore).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        vetoed = entries.stream().anyMatch(e -> Boolean.TRUE.equals(e.vetoFailed()));
        grade = definition.grade(total, vetoed);
        status = Status.GRADED;
        gradedAt = at;
        gradedBy = actor;
    }

    /** The secretariat's own sections of the annual report, replacing those written before; any time. */
    void writeSections(List<ReportSection> written) {
        sections.clear();
        sections.addAll(written);
    }

    /**
     * Shows the members' contributions of the year to anyone, or (not {@code published}) to the body's readers only.
     */
    void publishContributions(boolean published, Instant at, String actor) {
        contributionsPublishedAt = published ? at : null;
        contributionsPublishedBy = published ? actor : null;
    }

    /** From zero to the point's score, to the hundredth. */
    private static boolean withinScore(Point point, BigDecimal score) {
        return score.signum() >= 0
                && score.compareTo(point.maxScore()) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new RuleBroken("evaluation.submitted-unchanged");
        }
    }

    public Entry entry(String code) {
        return entries.stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new RuleBroken("evaluation.no-such-point"));
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public int year() {
        return year;
    }

    public Long frameworkId() {
        return frameworkId;
    }

    public Status status() {
        return status;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<ReportSection> sections() {
        return List.copyOf(sections);
    }

    public Instant contributionsPublishedAt() {
        return contributionsPublishedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal total() {
        return total;
    }

    public boolean vetoed() {
        return vetoed;
    }

    public String grade() {
        return grade;
    }

    public long version() {
        return version;
    }
}
