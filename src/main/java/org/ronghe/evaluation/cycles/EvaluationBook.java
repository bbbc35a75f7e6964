package org.ronghe.evaluation.cycles;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ronghe.core.Actor;
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

    public Evaluation declare(Long id, long expectedVersion, String point, BigDecimal value, String statement) {
        Evaluation evaluation = get(id, expectedVersion);
        definition(evaluation).point(point).orElseThrow(() -> new RuleBroken("evaluation.no-such-point"));
        evaluation.declare(point, value, statement == null || statement.isBlank() ? null : statement.strip());
        return evaluation;
    }

    /** Evidence for a point (a PDF or Word file) while the cycle is open; a file attached before is let go. */
    public Evaluation attach(Long id, long expectedVersion, String point, String fileName, InputStream content) {
        Evaluation evaluation = get(id, expectedVersion);
        point(evaluation, point);
        UUID before = evaluation.entry(point).evidenceFileId();
        StoredFile file = files.storeDocument(fileName, content);
        evaluation.attach(point, file.id(), file.originalName());
        if (before != null) {
            files.discard(before);
        }
        return evaluation;
    }

    /** Whether the file is the evidence of one of the cycle's points. */
    @Transactional(readOnly = true)
    public boolean isEvidence(Long id, UUID fileId) {
        return get(id).entries().stream().anyMatch(e -> fileId.equals(e.evidenceFileId()));
    }

    public Evaluation selfScore(Long id, long expectedVersion, String point, BigDecimal score) {
        Evaluation evaluation = get(id, expectedVersion);
        evaluation.selfScore(point(evaluation, point), score);
        return evaluation;
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
        evaluation.adjust(point(evaluation, point), score, vetoFailed, reason, clock.instant(), Actor.current());
        String after =
                String.valueOf(entry.finalScore()) + (entry.vetoFailed() == null ? "" : "/" + entry.vetoFailed());
        events.publishEvent(new ScoreAdjusted(id, point, before, after, reason.strip()));
        return evaluation;
    }

    public Evaluation grade(Long id, long expectedVersion) {
        Evaluation evaluation = get(id, expectedVersion);
        evaluation.grade(definition(evaluation), clock.instant(), Actor.current());
        events.publishEvent(new EvaluationStepTaken(id, evaluation.bodyId(), evaluation.year(), "graded"));
        return evaluation;
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

    private Point point(Evaluation evaluation, String code) {
        return definition(evaluation).point(code).orElseThrow(() -> new RuleBroken("evaluation.no-such-point"));
    }
}
