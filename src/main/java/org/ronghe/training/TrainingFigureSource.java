package org.ronghe.training;

import java.math.BigDecimal;
import java.util.List;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureDefinition.Unit;
import org.ronghe.core.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's worker training as figures for evaluation, from completions both sides confirmed in the period: person-times
 * (人次), of them apprentices of enterprise new apprenticeships, hours (attended, else the session's); and certificates
 * earned through the body's training, issued in the period.
 */
@Component
class TrainingFigureSource implements FigureSource {

    private static final String COMPLETIONS = "select count(*) n, "
            + "coalesce(sum(coalesce(hours_attended, session_hours)), 0) h, "
            + "count(*) filter (where kind = 'NEW_APPRENTICESHIP') a from training_enrolments "
            + "where body_id = ? and completed_on between ? and ?";

    private static final String CERTIFICATES =
            "select count(*) from certificates where body_id = ? and issued_on between ? and ?";

    private final JdbcClient jdbc;

    TrainingFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                new FigureDefinition("training.persons", Unit.PEOPLE),
                new FigureDefinition("training.apprentices", Unit.PEOPLE),
                new FigureDefinition("training.hours", Unit.COUNT),
                new FigureDefinition("training.certificates", Unit.COUNT));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        String completions = "/trainings/completions?bodyId=" + scope.bodyId();
        long[] done = jdbc.sql(COMPLETIONS)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query((r, n) -> new long[] {r.getLong("n"), r.getLong("h"), r.getLong("a")})
                .single();
        long certificates = jdbc.sql(CERTIFICATES)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query(Long.class)
                .single();
        return List.of(
                Figure.count("training.persons", done[0], completions),
                Figure.count("training.apprentices", done[2], completions + "&kind=NEW_APPRENTICESHIP"),
                new Figure("training.hours", BigDecimal.valueOf(done[1]), done[0], completions),
                Figure.count("training.certificates", certificates, "/trainings/certified?bodyId=" + scope.bodyId()));
    }
}
