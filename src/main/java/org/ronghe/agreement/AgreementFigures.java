package org.ronghe.agreement;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dashboard's read model (tables {@code agreement_figures}, {@code obligation_dues} and
 * {@code body_agreement_figures}) true: after every change to an agreement, in the same transaction, its row of figures
 * and its due obligations are derived again from the records, and the body's sums move by the exact difference between
 * the old and the new row. Deriving rather than adding up deltas per case means a missed case cannot drift (ADR 0010).
 */
@Component
public class AgreementFigures {

    /**
     * The money reported under obligations (alias {@code ro}; {@code %s} selects which): the latest report of each
     * period, in yuan. The alias differs from the callers' {@code o}, which a condition on the outer obligation needs.
     */
    static final String REPORTED_YUAN = "select coalesce(sum(r.achieved * r.factor), 0) from ("
            + "select distinct on (e.obligation_id, e.period_due_on) e.achieved, " + MoneyUnits.yuanFactor("ro.unit")
            + " factor from obligation_events e join obligations ro on ro.id = e.obligation_id "
            + "where %s and e.action = 'REPORTED' order by e.obligation_id, e.period_due_on, e.position desc) r";

    private static final String FIGURES = "insert into agreement_figures (agreement_id, body_id, kind, status, "
            + "committed_yuan, confirmed_periods, reported_yuan) select a.id, a.body_id, a.kind, a.status, "
            + "coalesce((select sum(coalesce(p.committed_cash, 0) + coalesce(p.committed_in_kind, 0)) "
            + "from agreement_parties p where p.agreement_id = a.id), 0), "
            + "(select count(*) from obligation_events e join obligations o on o.id = e.obligation_id "
            + "where o.agreement_id = a.id and e.action = 'CONFIRMED'), ("
            + REPORTED_YUAN.formatted("ro.agreement_id = a.id") + ") from agreements a where a.id = ? "
            + "on conflict (agreement_id) do update set body_id = excluded.body_id, kind = excluded.kind, "
            + "status = excluded.status, committed_yuan = excluded.committed_yuan, "
            + "confirmed_periods = excluded.confirmed_periods, reported_yuan = excluded.reported_yuan "
            + "returning body_id, kind, status, committed_yuan, confirmed_periods, reported_yuan";

    private static final String ROW = "select body_id, kind, status, committed_yuan, confirmed_periods, reported_yuan "
            + "from agreement_figures where agreement_id = ? for update";

    private static final String ADD_TO_BODY = "insert into body_agreement_figures (body_id, kind, status, agreements, "
            + "committed_yuan, confirmed_periods, reported_yuan) values %s on conflict (body_id, kind, status) do update "
            + "set agreements = body_agreement_figures.agreements + excluded.agreements, "
            + "committed_yuan = body_agreement_figures.committed_yuan + excluded.committed_yuan, "
            + "confirmed_periods = body_agreement_figures.confirmed_periods + excluded.confirmed_periods, "
            + "reported_yuan = body_agreement_figures.reported_yuan + excluded.reported_yuan";

    private static final String DUES = "insert into obligation_dues (obligation_id, agreement_id, body_id, due_on) "
            + "select o.id, o.agreement_id, a.body_id, o.due_on from obligations o join agreements a "
            + "on a.id = o.agreement_id where a.id = ? and a.status in ('SIGNED', 'IN_FORCE') and o.status <> 'FULFILLED'";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AgreementFigures(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Counts the agreement again in its body's figures and its obligations' due dates, after it changed. */
    @Transactional
    public void recount(Long id) {
        entityManager.flush();
        Optional<Row> before =
                jdbc.sql(ROW).param(id).query(AgreementFigures::row).optional();
        Row after = jdbc.sql(FIGURES).param(id).query(AgreementFigures::row).single();
        addToBody(before.map(Row::negated).orElse(null), after);
        jdbc.sql("delete from obligation_dues where agreement_id = ?").param(id).update();
        jdbc.sql(DUES).param(id).update();
    }

    /** One agreement's figures, or their negation (to take them out of the body's sums). */
    private record Row(
            Long bodyId,
            String kind,
            String status,
            int agreements,
            BigDecimal committed,
            long confirmed,
            BigDecimal reported) {

        Row negated() {
            return new Row(bodyId, kind, status, -agreements, committed.negate(), -confirmed, reported.negate());
        }

        String key() {
            return bodyId + "/" + kind + "/" + status;
        }

        Row plus(Row other) {
            return new Row(
                    bodyId,
                    kind,
                    status,
                    agreements + other.agreements,
                    committed.add(other.committed),
                    confirmed + other.confirmed,
                    reported.add(other.reported));
        }
    }

    /**
     * Moves the agreement's figures in its body's sums: out of the old row, into the new one. One statement, rows in
     * key order, so that two transactions lock a body's rows in the same order; one row when the key is unchanged.
     */
    private void addToBody(Row out, Row in) {
        List<Row> rows = Stream.of(out, in)
                .filter(r -> r != null && r.bodyId() != null)
                .collect(Collectors.toMap(Row::key, r -> r, Row::plus, TreeMap::new))
                .values()
                .stream()
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        rows.forEach(r -> params.addAll(
                List.of(r.bodyId(), r.kind(), r.status(), r.agreements(), r.committed(), r.confirmed(), r.reported())));
        jdbc.sql(ADD_TO_BODY.formatted(String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)"))))
                .params(params)
                .update();
    }

    private static Row row(ResultSet r, int n) throws SQLException {
        return new Row(
                r.getObject(1, Long.class),
                r.getString(2),
                r.getString(3),
                1,
                r.getBigDecimal(4),
                r.getLong(5),
                r.getBigDecimal(6));
    }
}
