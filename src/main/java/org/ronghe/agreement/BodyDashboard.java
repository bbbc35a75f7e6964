package org.ronghe.agreement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ronghe.agreement.Reminders.Dormant;
import org.ronghe.agreement.Reminders.Due;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a body's agreements add up to: how many of each kind in each status; promises kept (confirmed periods) against
 * promises overdue, and the fulfilment rate confirmed ÷ (confirmed + overdue); money committed by the parties against
 * money reported; the overdue obligations and the dormant agreements. Read from the figures {@link AgreementFigures}
 * keeps.
 */
@Service
public class BodyDashboard {

    static final int SHOWN = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    BodyDashboard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many agreements of one kind are in one status, with their money and confirmed periods. */
    public record Cell(AgreementKind kind, AgreementStatus status, long agreements, BigDecimal committedYuan,
                       long confirmedPeriods, BigDecimal reportedYuan) {
    }

    @Transactional(readOnly = true)
    public Figures of(Long bodyId) {
        LocalDate today = LocalDate.now(clock);
        List<Cell> cells = jdbc.sql("select kind, status, agreements, committed_yuan, confirmed_periods, reported_yuan "
                        + "from body_agreement_figures where body_id = ? and agreements > 0")
                .param(bodyId).query((r, n) -> new Cell(AgreementKind.valueOf(r.getString(1)),
                        AgreementStatus.valueOf(r.getString(2)), r.getLong(3), r.getBigDecimal(4), r.getLong(5),
                        r.getBigDecimal(6))).list();
        long overdue = jdbc.sql("select count(*) from obligation_dues where body_id = ? and due_on < ?")
                .params(bodyId, Date.valueOf(today)).query(Long.class).single();
        Timestamp quietSince = Timestamp.from(clock.instant().minus(Reminders.DORMANT_AFTER));
        long dormant = jdbc.sql("select count(*) from agreements where body_id = ? and status = 'IN_FORCE' "
                + "and last_activity_at < ?").params(bodyId, quietSince).query(Long.class).single();
        return new Figures(bodyId, today, cells, overdue, dormant, firstOverdue(bodyId, today),
                firstDormant(bodyId, quietSince));
    }

    private List<Due> firstOverdue(Long bodyId, LocalDate today) {
        return jdbc.sql("select o.id, o.agreement_id, a.title, o.description, d.due_on, o.party_id "
                        + "from obligation_dues d join obligations o on o.id = d.obligation_id "
                        + "join agreements a on a.id = d.agreement_id where d.body_id = ? and d.due_on < ? "
                        + "order by d.due_on, d.obligation_id limit " + SHOWN)
                .params(bodyId, Date.valueOf(today)).query((r, n) -> new Due(r.getLong(1), r.getLong(2),
                        r.getString(3), r.getString(4), r.getDate(5).toLocalDate(), r.getLong(6))).list();
    }

    private List<Dormant> firstDormant(Long bodyId, Timestamp quietSince) {
        return jdbc.sql("select id, title, last_activity_at from agreements where body_id = ? and status = 'IN_FORCE' "
                        + "and last_activity_at < ? order by last_activity_at, id limit " + SHOWN)
                .params(bodyId, quietSince).query((r, n) -> new Dormant(r.getLong(1), r.getString(2),
                        r.getTimestamp(3).toInstant())).list();
    }

    /** The dashboard of one body on one day. */
    public record Figures(Long bodyId, LocalDate today, List<Cell> cells, long overdueObligations,
                          long dormantAgreements, List<Due> overdue, List<Dormant> dormant) {

        /** Periods of obligations another party confirmed, under any of the body's agreements. */
        @JsonProperty
        public long confirmedPeriods() {
            return cells.stream().mapToLong(Cell::confirmedPeriods).sum();
        }

        /** Confirmed ÷ (confirmed + overdue), in per cent with one decimal; null while nothing was due. */
        @JsonProperty
        public BigDecimal fulfilmentPercent() {
            long due = confirmedPeriods() + overdueObligations;
            return due == 0 ? null : BigDecimal.valueOf(confirmedPeriods() * 100L)
                    .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
        }

        /** Cash and in kind the parties committed, under signed agreements that were not terminated. */
        @JsonProperty
        public BigDecimal committedYuan() {
            return cells.stream().filter(c -> c.status().commits()).map(Cell::committedYuan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Money reported against obligations counted in money (元, 万元, …), under the same agreements. */
        @JsonProperty
        public BigDecimal reportedYuan() {
            return cells.stream().filter(c -> c.status().commits()).map(Cell::reportedYuan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @JsonProperty
        public long agreements() {
            return cells.stream().mapToLong(Cell::agreements).sum();
        }

        public long agreements(AgreementKind kind, AgreementStatus status) {
            return cells.stream().filter(c -> (kind == null || c.kind() == kind)
                    && (status == null || c.status() == status)).mapToLong(Cell::agreements).sum();
        }

        /** The kinds the body has agreements of, in the order of {@link AgreementKind}. */
        public List<AgreementKind> kinds() {
            return Arrays.stream(AgreementKind.values()).filter(k -> agreements(k, null) > 0).toList();
        }
    }
}
