package org.ronghe.docking.internal;

import java.util.List;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Contribution;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.core.figures.FigureDefinition.Unit;
import org.ronghe.core.figures.FigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's supply–demand docking as figures for evaluation: needs posted, dockings proposed and accepted by both sides,
 * and dockings converted (their agreement signed) during the period.
 */
@Component
class DockingFigureSource implements FigureSource {

    private final JdbcClient jdbc;

    DockingFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                new FigureDefinition("docking.needs-posted", Unit.COUNT),
                new FigureDefinition("docking.dockings-proposed", Unit.COUNT),
                new FigureDefinition("docking.dockings-accepted", Unit.COUNT),
                new FigureDefinition("docking.dockings-converted", Unit.COUNT));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        String funnel = "/docking/funnel?bodyId=" + scope.bodyId();
        return List.of(
                Figure.count(
                        "docking.needs-posted",
                        count("demands", "created_at", scope),
                        "/docking/needs?bodyId=" + scope.bodyId()),
                Figure.count("docking.dockings-proposed", count("dockings", "proposed_at", scope), funnel),
                Figure.count("docking.dockings-accepted", count("dockings", "accepted_at", scope), funnel),
                Figure.count("docking.dockings-converted", count("dockings", "agreement_signed_at", scope), funnel));
    }

    @Override
    public List<String> contributionKeys() {
        return List.of("docking.dockings-converted");
    }

    /** The dockings each organisation, on either side, saw converted into a signed agreement in the period. */
    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(BodyPeriod scope) {
        return jdbc.sql("select o, count(*) from (select need_organisation_id o from dockings where body_id = ? "
                        + "and cast(agreement_signed_at as date) between ? and ? union all select "
                        + "offer_organisation_id from dockings where body_id = ? "
                        + "and cast(agreement_signed_at as date) between ? and ?) d group by o")
                .params(scope.bodyId(), scope.from(), scope.to(), scope.bodyId(), scope.from(), scope.to())
                .query((r, n) -> new Contribution(r.getLong(1), "docking.dockings-converted", r.getBigDecimal(2)))
                .list();
    }

    private long count(String table, String column, BodyPeriod scope) {
        return jdbc.sql("select count(*) from " + table + " where body_id = ? and cast(" + column + " as date) "
                        + "between ? and ?")
                .params(scope.bodyId(), scope.from(), scope.to())
                .query(Long.class)
                .single();
    }
}
