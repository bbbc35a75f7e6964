package org.ronghe.evaluation.cycles;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.evaluation.EvaluationEvents.EvaluationStepTaken;
import org.ronghe.evaluation.EvaluationEvents.ScoreAdjusted;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Point;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs evaluation cycles: opens one per body and year on a published framework version, takes the body's declarations
 * and self-scores, freezes the figures on submission, takes the reviewer's adjustments and grades.
 */
@Service
@Transactional
public class EvaluationBook {

    /** A declared figure: not negative, within {@code numeric(20,4)}. */
    private static final BigDecimal MAX_DECLARED = new BigDecimal("9999999999999999.9999");

    private static final int STATEMENT_MAX = 2_000;
    private static final int REASON_MAX = 500;

    private final Evaluations evaluations;
    private final FrameworkBook frameworks;
    private final List<FigureSource> sources;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationBook(
            Evaluations evaluations,
            FrameworkBook frameworks,
            List<FigureSource> sources,
            FileStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.sources = sources;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public Evaluation open(Long bodyId, int year, Long frameworkId) {
        Framework framework = frameworks.get(frameworkId);
        if (framework.status() != Framework.Status.PUBLISHED) {
            throw new RuleBroken("evaluation.framework-not-published");
        }
        if (evaluations.findByBodyIdAndYear(bodyId, year).isPresent()) {
            throw new RuleBroken("evaluation.year-taken");
        }
        Evaluation evaluation = evaluations.save(
                Evaluation.open(bodyId, year, frameworkId, framework.definition(), clock.instant(), Actor.current()));
        events.publishEvent(new EvaluationStepTaken(evaluation.id(), bodyId, year, "opened"));
        return evaluation;
    }

    /** What the body says about a point: a figure, a statement, and for an evidence point its own score. */
    public record Declaration(BigDecimal declared, String statement, BigDecimal selfScore) {}

    /**
     * The body's declaration for a point while the cycle is open, with evidence (a PDF or Word file) when given: all
     * kept, or nothing.
     */
    public Evaluation declare(
            Long id, long expectedVersion, String point, Declaration said, String fileName, InputStream evidence) {
        Evaluation evaluation = get(id, expectedVersion);
        BigDecimal value = said.declared();
        if (value != null
                && (value.signum() < 0
                        || value.compareTo(MAX_DECLARED) > 0
                        || value.stripTrailingZeros().scale() > 4)) {
            throw new InvalidInput("declared", "evaluation.declared.range");
        }
        evaluation.declare(point, value, text("statement", said.statement(), STATEMENT_MAX));
        if (said.selfScore() != null) {
            evaluation.selfScore(point(evaluation, point), said.selfScore());
        }
        if (evidence != null) {
            attachTo(evaluation, point, fileName, evidence);
        }
        return evaluation;
    }

    /** Evidence for a point (a PDF or Word file) while the cycle is open; a file attached before is let go. */
    public Evaluation attach(Long id, long expectedVersion, String point, String fileName, InputStream content) {
        Evaluation evaluation = get(id, expectedVersion);
        point(evaluation, point);
        attachTo(evaluation, point, fileName, content);
        return evaluation;
    }

    private void attachTo(Evaluation evaluation, String point, String fileName, InputStream content) {
        UUID before = evaluation.entry(point).evidenceFileId();
        StoredFile file = files.storeDocument(fileName, content);
        evaluation.attach(point, file.id(), file.originalName());
        if (before != null) {
            files.discard(before);
        }
    }

    /** Whether the file is the evidence of one of the cycle's points. */
    @Transactional(readOnly = true)
    public boolean isEvidence(Long id, UUID fileId) {
        return get(id).entries().stream().anyMatch(e -> fileId.equals(e.evidenceFileId()));
    }

    public Evaluation submit(Long id, long expectedVersion) {
        Evaluation evaluation = get(id, expectedVersion);
        evaluation.submit(definition(evaluation), live(evaluation), clock.instant(), Actor.current());
        events.publishEvent(new EvaluationStepTaken(id, evaluation.bodyId(), evaluation.year(), "submitted"));
        return evaluation;
    }

    public Evaluation adjust(
            Long id, long expectedVersion, String point, BigDecimal score, Boolean vetoFailed, String reason) {
        Evaluation evaluation = get(id, expectedVersion);
        Entry entry = evaluation.entry(point);
        String before =
                String.valueOf(entry.finalScore()) + (entry.vetoFailed() == null ? "" : "/" + entry.vetoFailed());
        evaluation.adjust(
                point(evaluation, point),
                score,
                vetoFailed,
                text("reason", reason, REASON_MAX),
                clock.instant(),
                Actor.current());
        String after =
                String.valueOf(entry.finalScore()) + (entry.vetoFailed() == null ? "" : "/" + entry.vetoFailed());
        events.publishEvent(new ScoreAdjusted(id, point, before, after, entry.adjustReason()));
        return evaluation;
    }

    public Evaluation grade(Long id, long expectedVersion) {
        Evaluation evaluation = get(id, expectedVersion);
        evaluation.grade(definition(evaluation), clock.instant(), Actor.current());
        events.publishEvent(new EvaluationStepTaken(id, evaluation.bodyId(), evaluation.year(), "graded"));
        return evaluation;
    }

    /**
     * The secretariat's own sections of the annual report, in order, replacing those written before. Blank sections are
     * dropped; a section needs a title and a text within their limits, and a report at most 20 sections.
     */
    public Evaluation writeSections(Long id, long expectedVersion, List<ReportSection> written) {
        Evaluation evaluation = get(id, expectedVersion);
        List<ReportSection> kept = new ArrayList<>();
        for (ReportSection s : written) {
            String title = text("sections[" + kept.size() + "].title", s.title(), ReportSection.TITLE_MAX);
            String body = text("sections[" + kept.size() + "].text", s.text(), ReportSection.TEXT_MAX);
            if (title == null && body == null) {
                continue;
            }
            if (title == null || body == null) {
                throw new InvalidInput(
                        "sections[" + kept.size() + "]." + (title == null ? "title" : "text"), "input.required");
            }
            kept.add(new ReportSection(title, body));
        }
        if (kept.size() > ReportSection.MAX_SECTIONS) {
            throw new InvalidInput("sections", "evaluation.sections.too-many", ReportSection.MAX_SECTIONS);
        }
        evaluation.writeSections(kept);
        events.publishEvent(
                new EvaluationStepTaken(id, evaluation.bodyId(), evaluation.year(), "report-sections-written"));
        return evaluation;
    }

    /** Publishes the members' contributions of the cycle's year (anyone sees them), or withdraws them. */
    public Evaluation publishContributions(Long id, long expectedVersion, boolean published) {
        Evaluation evaluation = get(id, expectedVersion);
        evaluation.publishContributions(published, clock.instant(), Actor.current());
        events.publishEvent(new EvaluationStepTaken(
                id,
                evaluation.bodyId(),
                evaluation.year(),
                published ? "contributions-published" : "contributions-withdrawn"));
        return evaluation;
    }

    /** The years whose members' contributions the body published, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> publishedContributionYears(Long bodyId) {
        return evaluations.publishedContributionYears(bodyId);
    }

    /** The cycle of a body's year, if one was opened. */
    @Transactional(readOnly = true)
    public java.util.Optional<Evaluation> of(Long bodyId, int year) {
        return evaluations.findByBodyIdAndYear(bodyId, year);
    }

    /** The figures as the records show them now, by key: before submission the cycle's, after it what changed since. */
    @Transactional(readOnly = true)
    public Map<String, Figure> live(Evaluation evaluation) {
        BodyPeriod period = BodyPeriod.year(evaluation.bodyId(), evaluation.year());
        return sources.stream()
                .flatMap(s -> s.figures(period).stream())
                .collect(Collectors.toMap(Figure::key, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Definition definition(Evaluation evaluation) {
        return frameworks.get(evaluation.frameworkId()).definition();
    }

    @Transactional(readOnly = true)
    public Evaluation get(Long id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFound("evaluation", id));
    }

    private Evaluation get(Long id, long expectedVersion) {
        Evaluation evaluation = get(id);
        Versions.require("evaluation", id, evaluation.version(), expectedVersion);
        return evaluation;
    }

    /** Stripped, null when blank; refused when longer than {@code max}. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidInput(field, "input.too-long", max, clean.length());
        }
        return clean;
    }

    private Point point(Evaluation evaluation, String code) {
        return definition(evaluation).point(code).orElseThrow(() -> new RuleBroken("evaluation.no-such-point"));
    }
}
