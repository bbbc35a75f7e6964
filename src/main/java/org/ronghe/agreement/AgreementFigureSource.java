package org.ronghe.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A body's agreements as figures for evaluation: signed in the period; in force on its last day; the obligation periods
 * that fell due in it (up to today) and those of them confirmed by another party, and their ratio; the money reported
 * under confirmed periods due in it, in yuan. A yearly obligation left unconfirmed keeps its first open due date, so
 * each later year it stays open counts as one more period due and not confirmed.
 */
@Component
class AgreementFigureSource implements FigureSource {

    private static final String SIGNED =
            "select count(*) from agreements where body_id = ? and signed_on between ? and ? and status <> 'DRAFT'";

    private static final String IN_FORCE = "select count(*) from agreements where body_id = ? and status <> 'DRAFT' "
            + "and signed_on <= ? and coalesce(term_starts_on, signed_on) <= ? and (term_ends_on is null or term_ends_on >= ?) "
            + "and not (status = 'TERMINATED' and cast(last_activity_at as date) <= ?)";

    /** Distinct (obligation, period) confirmed, the period due between the two dates. */
    private static final String CONFIRMED_OF = "select %s count(distinct (e.obligation_id, e.period_due_on)) "
            + "from obligation_events e join obligations o on o.id = e.obligation_id "
            + "join agreements a on a.id = o.agreement_id where a.body_id = ? and e.action = 'CONFIRMED' "
            + "and e.period_due_on between ? and ? %s";

    private static final String CONFIRMED = CONFIRMED_OF.formatted("", "");

    /**
     * Open obligations of signed agreements whose current due date falls between the two dates, or, yearly and due
     * before them, whose anniversary in the first date's year does.
     */
    private static final String OPEN_DUE =
            "select count(*) from obligations o join agreements a on a.id = o.agreement_id "
                    + "where a.body_id = ? and a.status <> 'DRAFT' and o.status <> 'FULFILLED' and o.due_on <= ? and ("
                    + "o.due_on >= ? or (o.cadence = 'YEARLY' and (a.term_ends_on is null or a.term_ends_on >= ?) "
                    + "and cast(o.due_on + make_interval(years => extract(year from cast(? as date))::int "
                    + "- extract(year from o.due_on)::int) as date) between ? and ?))";

    private static final String MONEY_OF = "select %s from ("
            + "select distinct on (e.obligation_id, e.period_due_on) e.achieved, o.party_id, "
            + MoneyUnits.yuanFactor("o.unit")
            + " factor from obligation_events e join obligations o on o.id = e.obligation_id "
            + "join agreements a on a.id = o.agreement_id where a.body_id = ? and e.action = 'REPORTED' "
            + "and e.period_due_on between ? and ? and exists (select 1 from obligation_events c where "
            + "c.obligation_id = e.obligation_id and c.period_due_on = e.period_due_on and c.action = 'CONFIRMED') "
            + "order by e.obligation_id, e.period_due_on, e.position desc) r %s";

    private static final String MONEY = MONEY_OF.formatted("coalesce(sum(r.achieved * r.factor), 0)", "");

    /** {@link #CONFIRMED} by obligated party. */
    private static final String CONFIRMED_BY_PARTY = CONFIRMED_OF.formatted("o.party_id,", "group by o.party_id");

    /** {@link #MONEY} by obligated party. */
    private static final String MONEY_BY_PARTY =
            MONEY_OF.formatted("r.party_id, coalesce(sum(r.achieved * r.factor), 0)", "group by r.party_id");

    private final JdbcClient jdbc;
    private final Clock clock;

    AgreementFigureSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                new FigureDefinition("agreement.signed", Unit.COUNT),
                new FigureDefinition("agreement.in-force", Unit.COUNT),
                new FigureDefinition("agreement.periods-due", Unit.COUNT),
                new FigureDefinition("agreement.periods-confirmed", Unit.COUNT),
                new FigureDefinition("agreement.fulfilment-rate", Unit.RATIO),
                new FigureDefinition("agreement.money-confirmed", Unit.YUAN));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(BodyPeriod scope) {
        Long body = scope.bodyId();
        String list = "/agreements?bodyId=" + body;
        String dashboard = "/agreements/dashboard?bodyId=" + body;
        LocalDate until = scope.to().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : scope.to();
        long signed = count(SIGNED, body, scope.from(), scope.to());
        long inForce = count(IN_FORCE, body, scope.to(), scope.to(), scope.to(), scope.to());
        long confirmed = until.isBefore(scope.from()) ? 0 : count(CONFIRMED, body, scope.from(), until);
        long open = until.isBefore(scope.from())
                ? 0
                : count(OPEN_DUE, body, until, scope.from(), scope.from(), until, scope.from(), until);
        long due = confirmed + open;
        BigDecimal money = jdbc.sql(MONEY)
                .params(body, scope.from(), scope.to())
                .query(BigDecimal.class)
                .single();
        BigDecimal rate = due == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
        return List.of(
                Figure.count("agreement.signed", signed, list),
                Figure.count("agreement.in-force", inForce, list + "&status=IN_FORCE"),
                Figure.count("agreement.periods-due", due, dashboard),
                Figure.count("agreement.periods-confirmed", confirmed, dashboard),
                new Figure("agreement.fulfilment-rate", rate, due, dashboard),
                new Figure("agreement.money-confirmed", money, confirmed, dashboard));
    }

    @Override
    public List<String> contributionKeys() {
        return List.of("agreement.periods-confirmed", "agreement.money-confirmed");
    }

    /** The obligation periods each party was confirmed to have delivered, and the money in them, in the period. */
    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(BodyPeriod scope) {
        List<Contribution> found = new ArrayList<>(byParty("agreement.periods-confirmed", CONFIRMED_BY_PARTY, scope));
        found.addAll(byParty("agreement.money-confirmed", MONEY_BY_PARTY, scope).stream()
                .filter(c -> c.value().signum() > 0)
                .toList());
        return found;
    }

    private List<Contribution> byParty(String key, String sql, BodyPeriod scope) {
        return jdbc.sql(sql)
                .params(scope.bodyId(), scope.from(), scope.to())
                .query((r, n) -> new Contribution(r.getLong(1), key, r.getBigDecimal(2)))
                .list();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
