package org.ronghe.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import org.ronghe.evaluation.cycles.Evaluation;
import org.ronghe.evaluation.cycles.EvaluationBook;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may do with evaluation cycles: a body's self-assessment of a year, declared and submitted. */
@Service
public class SelfAssessments {

    private final EvaluationBook book;
    private final Frameworks frameworks;

    SelfAssessments(EvaluationBook book, Frameworks frameworks) {
        this.book = book;
        this.frameworks = frameworks;
    }

    /**
     * Opens the body's self-assessment of the year under the latest published version of the framework, declares the
     * given figures (by point code) with a statement each, and submits it; returns its id.
     */
    @Transactional
    public Long submit(Long bodyId, int year, String frameworkCode, Map<String, Declared> declarations) {
        Long framework = frameworks.findByCodeOrderByNumberDesc(frameworkCode).stream()
                .filter(f -> f.status() == Framework.Status.PUBLISHED)
                .findFirst()
                .orElseThrow()
                .id();
        Evaluation evaluation = book.open(bodyId, year, framework);
        declarations.forEach((code, d) -> book.declare(
                evaluation.id(),
                evaluation.version(),
                code,
                new EvaluationBook.Declaration(d.figure(), d.statement(), null),
                null,
                null));
        return book.submit(evaluation.id(), evaluation.version()).id();
    }

    /** A figure the body declares for a point, and what it says about it. */
    public record Declared(BigDecimal figure, String statement) {}
}
