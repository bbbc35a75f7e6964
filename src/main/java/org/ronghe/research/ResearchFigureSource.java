package org.ronghe.research;

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
 * A body's joint R&D as figures for evaluation, from records the other side confirmed: money the payee confirmed as
 * received, paid in the period; outputs recorded in it (patents among them); results transferred under contracts dated
 * in it and confirmed by both sides, and their value.
 */
@Component
class ResearchFigureSource implements FigureSource {

    private static final String MONEY = "select count(*) n, coalesce(sum(t.amount), 0) v from research_tranches t "
            + "join research_projects p on p.id = t.project_id where p.body_id = ? and t.status = 'CONFIRMED' "
            + "and t.paid_on between ? and ?";

    private static final String OUTPUTS = "select count(*) n, count(*) filter (where o.kind = 'PATENT') v "
            + "from research_outputs o join research_projects p on p.id = o.project_id where p.body_id = ? "
            + "and o.recorded_on between ? and ?";

    private static final String TRANSFERS = "select count(*) n, coalesce(sum(amount), 0) v from research_transfers "
            + "where body_id = ? and status = 'CONFIRMED' and contract_on between ? and ?";

    private final JdbcClient jdbc;

    ResearchFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                new FigureDefinition("research.money-confirmed", Unit.YUAN),
                new FigureDefinition("research.outputs", Unit.COUNT),
                new FigureDefinition("research.patents", Unit.COUNT),
                new FigureDefinition("research.transfers", Unit.COUNT),
                new FigureDefinition("research.transfer-value", Unit.YUAN));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        String records = "/projects/figures/%s?bodyId=" + scope.bodyId();
        Pair money = pair(MONEY, scope);
        Pair outputs = pair(OUTPUTS, scope);
        Pair transfers = pair(TRANSFERS, scope);
        return List.of(
                new Figure(
                        "research.money-confirmed",
                        money.value(),
                        money.count(),
                        records.formatted("tranches") + "&confirmed=true"),
                Figure.count("research.outputs", outputs.count(), records.formatted("outputs")),
                Figure.count(
                        "research.patents", outputs.value().longValue(), records.formatted("outputs") + "&kind=PATENT"),
                Figure.count("research.transfers", transfers.count(), records.formatted("transfers")),
                new Figure(
                        "research.transfer-value",
                        transfers.value(),
                        transfers.count(),
                        records.formatted("transfers")));
    }

    /** A count of records and a sum over them. */
    private record Pair(long count, BigDecimal value) {}

    private Pair pair(String sql, BodyPeriod scope) {
        return jdbc.sql(sql)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query((r, n) -> new Pair(r.getLong("n"), r.getBigDecimal("v")))
                .single();
    }
}
