package org.ronghe.agreement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations behind a number of the body dashboard: the overdue ones, the ones with confirmed periods, the ones
 * with money reported. Each line carries its confirmed periods and money reported, so that a column adds up to the
 * dashboard's figure.
 */
@Component
public class ObligationList {

    /** Which obligations of the body. */
    public enum Show {
        /** Past due, not fulfilled, under a signed or in-force agreement. */
        OVERDUE,
        /** With a period another party confirmed. */
        CONFIRMED,
        /** Counted in money, with a report, under a signed agreement that was not terminated. */
        REPORTED;

        public String messageKey() {
            return "obligation.show." + name();
        }
    }

    /** One obligation, with the agreement it belongs to. */
    public record Line(
            Long obligationId,
            Long agreementId,
            String agreementTitle,
            Long partyId,
            String description,
            BigDecimal target,
            String unit,
            LocalDate dueOn,
            Obligation.Status status,
            long confirmedPeriods,
            BigDecimal reportedYuan) {}

    private static final String COLUMNS = "select o.id, o.agreement_id, a.title, o.party_id, o.description, o.target, "
            + "o.unit, o.due_on, o.status, (select count(*) from obligation_events c where c.obligation_id = o.id "
            + "and c.action = 'CONFIRMED') confirmed, ("
            + AgreementFigures.REPORTED_YUAN.formatted("e.obligation_id = o.id")
            + ") reported ";

    private final JdbcClient jdbc;
    private final Clock clock;

    ObligationList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Line> of(Long bodyId, Show show, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        List<Object> params = new ArrayList<>(List.of(bodyId));
        String from = from(show, params);
        long total = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        params.add(pageSize);
        params.add((long) Math.max(0, page) * pageSize);
        List<Line> lines = jdbc.sql(COLUMNS + from + " order by "
                        + (show == Show.OVERDUE ? "o.due_on, o.id" : "o.id desc") + " limit ? offset ?")
                .params(params)
                .query(ObligationList::line)
                .list();
        return new PageResult<>(lines, Math.max(0, page), pageSize, total);
    }

    private String from(Show show, List<Object> params) {
        return switch (show) {
            case OVERDUE -> {
                params.add(Date.valueOf(LocalDate.now(clock)));
                yield "from obligation_dues d join obligations o on o.id = d.obligation_id "
                        + "join agreements a on a.id = o.agreement_id where d.body_id = ? and d.due_on < ?";
            }
            case CONFIRMED ->
                "from obligations o join agreements a on a.id = o.agreement_id where a.body_id = ? "
                        + "and exists (select 1 from obligation_events e where e.obligation_id = o.id and e.action = 'CONFIRMED')";
            case REPORTED ->
                "from obligations o join agreements a on a.id = o.agreement_id where a.body_id = ? "
                        + "and a.status in " + AgreementStatus.committingSql() + " and "
                        + MoneyUnits.yuanFactor("o.unit")
                        + " is not null and exists (select 1 from obligation_events e where e.obligation_id = o.id "
                        + "and e.action = 'REPORTED')";
        };
    }

    private static Line line(ResultSet r, int n) throws SQLException {
        return new Line(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getLong(4),
                r.getString(5),
                r.getBigDecimal(6),
                r.getString(7),
                r.getDate(8).toLocalDate(),
                Obligation.Status.valueOf(r.getString(9)),
                r.getLong(10),
                r.getBigDecimal(11));
    }
}
