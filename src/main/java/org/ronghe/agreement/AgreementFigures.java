package org.ronghe.agreement;

import jakarta.persistence.EntityManager;
import org.ronghe.agreement.AgreementEvents.AgreementChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's read model (tables {@code agreement_figures} and {@code obligation_dues}) true: after every
 * change to an agreement, in the same transaction, its row of figures and its due obligations are derived again from
 * the records. Deriving rather than adding up deltas means a missed case cannot drift (ADR 0010).
 */
@Component
class AgreementFigures {

    /** The money reported under an obligation: the latest report of each period, in yuan. */
    static final String REPORTED_YUAN = "select coalesce(sum(r.achieved * r.factor), 0) from ("
            + "select distinct on (e.obligation_id, e.period_due_on) e.achieved, " + MoneyUnits.yuanFactor("o.unit")
            + " factor from obligation_events e join obligations o on o.id = e.obligation_id "
            + "where %s and e.action = 'REPORTED' order by e.obligation_id, e.period_due_on, e.position desc) r";

    private static final String FIGURES = "insert into agreement_figures (agreement_id, body_id, kind, status, "
            + "committed_yuan, confirmed_periods, reported_yuan) select a.id, a.body_id, a.kind, a.status, "
            + "coalesce((select sum(coalesce(p.committed_cash, 0) + coalesce(p.committed_in_kind, 0)) "
            + "from agreement_parties p where p.agreement_id = a.id), 0), "
            + "(select count(*) from obligation_events e join obligations o on o.id = e.obligation_id "
            + "where o.agreement_id = a.id and e.action = 'CONFIRMED'), ("
            + REPORTED_YUAN.formatted("o.agreement_id = a.id") + ") from agreements a where a.id = ? "
            + "on conflict (agreement_id) do update set body_id = excluded.body_id, kind = excluded.kind, "
            + "status = excluded.status, committed_yuan = excluded.committed_yuan, "
            + "confirmed_periods = excluded.confirmed_periods, reported_yuan = excluded.reported_yuan";

    private static final String DUES = "insert into obligation_dues (obligation_id, agreement_id, body_id, due_on) "
            + "select o.id, o.agreement_id, a.body_id, o.due_on from obligations o join agreements a "
            + "on a.id = o.agreement_id where a.id = ? and a.status in ('SIGNED', 'IN_FORCE') and o.status <> 'FULFILLED'";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AgreementFigures(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    @Transactional
    void on(AgreementChanged change) {
        entityManager.flush();
        Long id = change.agreementId();
        jdbc.sql(FIGURES).param(id).update();
        jdbc.sql("delete from obligation_dues where agreement_id = ?").param(id).update();
        jdbc.sql(DUES).param(id).update();
    }
}
