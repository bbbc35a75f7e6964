package org.ronghe.agreement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ronghe.agreement.AgreementAccess.Visibility;
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
    private final Reminders reminders;
    private final Clock clock;

    BodyDashboard(JdbcClient jdbc, Reminders reminders, Clock clock) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** How many agreements of one kind are in one status, with their money and confirmed periods. */
    public record Cell(
            AgreementKind kind,
            AgreementStatus status,
            long agreements,
            BigDecimal committedYuan,
            long confirmedPeriods,
            BigDecimal reportedYuan) {}

    @Transactional(readOnly = true)
    public Figures of(Long bodyId) {
        LocalDate today = LocalDate.now(clock);
        List<Cell> cells = jdbc.sql("select kind, status, agreements, committed_yuan, confirmed_periods, reported_yuan "
                        + "from body_agreement_figures where body_id = ? and agreements > 0")
                .param(bodyId)
                .query((r, n) -> new Cell(
                        AgreementKind.valueOf(r.getString(1)),
                        AgreementStatus.valueOf(r.getString(2)),
                        r.getLong(3),
                        r.getBigDecimal(4),
                        r.getLong(5),
                        r.getBigDecimal(6)))
                .list();
        Visibility body = new Visibility(false, List.of(bodyId), List.of());
        Reminders.Shortlist<Due> overdue = reminders.overdue(body, SHOWN);
        Reminders.Shortlist<Dormant> dormant = reminders.dormant(body, SHOWN);
        return new Figures(bodyId, today, cells, overdue.count(), dormant.count(), overdue.first(), dormant.first());
    }

    /** The dashboard of one body on one day. */
    public record Figures(
            Long bodyId,
            LocalDate today,
            List<Cell> cells,
            long overdueObligations,
            long dormantAgreements,
            List<Due> overdue,
            List<Dormant> dormant) {

        /** Periods of obligations another party confirmed, under any of the body's agreements. */
        @JsonProperty
        public long confirmedPeriods() {
            return cells.stream().mapToLong(Cell::confirmedPeriods).sum();
        }

        /** Confirmed ÷ (confirmed + overdue), in per cent with one decimal; null while nothing was due. */
        @JsonProperty
        public BigDecimal fulfilmentPercent() {
            long due = confirmedPeriods() + overdueObligations;
            return due == 0
                    ? null
                    : BigDecimal.valueOf(confirmedPeriods() * 100L)
                            .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
        }

        /** Cash and in kind the parties committed, under signed agreements that were not terminated. */
        @JsonProperty
        public BigDecimal committedYuan() {
            return cells.stream()
                    .filter(c -> c.status().commits())
                    .map(Cell::committedYuan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Money reported against obligations counted in money (元, 万元, …), under the same agreements. */
        @JsonProperty
        public BigDecimal reportedYuan() {
            return cells.stream()
                    .filter(c -> c.status().commits())
                    .map(Cell::reportedYuan)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @JsonProperty
        public long agreements() {
            return cells.stream().mapToLong(Cell::agreements).sum();
        }

        public long agreements(AgreementKind kind, AgreementStatus status) {
            return cells.stream()
                    .filter(c -> (kind == null || c.kind() == kind) && (status == null || c.status() == status))
                    .mapToLong(Cell::agreements)
                    .sum();
        }

        /** The kinds the body has agreements of, in the order of {@link AgreementKind}. */
        public List<AgreementKind> kinds() {
            return Arrays.stream(AgreementKind.values())
                    .filter(k -> agreements(k, null) > 0)
                    .toList();
        }
    }
}
