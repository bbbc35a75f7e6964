package org.ronghe.research.figures;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the R&D figures from the read model: money committed (budgets of projects not terminated), declared (not
 * disputed) and confirmed (by the payee), transfers both sides confirmed and their value, outputs by kind — of a body
 * (its totals, by month and by party) or of an organisation across bodies as a party (by month and by body).
 */
@Component
@Transactional(readOnly = true)
public class ResearchDashboard {

    private static final String MONEY =
            "sum(committed) c, sum(declared) d, sum(confirmed) f, sum(transfers) t, " + "sum(transfer_value) v";

    private static final String NOT_ZERO = " having sum(committed) <> 0 or sum(declared) <> 0 or sum(confirmed) <> 0 "
            + "or sum(transfers) <> 0 or sum(transfer_value) <> 0";

    private final JdbcClient jdbc;

    ResearchDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Money and transfers in one group: a month ({@code key} {@code 2026-09}), or a party or body ({@code id}). */
    public record Sum(
            String key,
            Long id,
            BigDecimal committed,
            BigDecimal declared,
            BigDecimal confirmed,
            long transfers,
            BigDecimal transferValue) {}

    /** Outputs in one group: a kind or a month ({@code key}), or a party or body ({@code id}). */
    public record OutputSum(String key, Long id, long outputs) {}

    /**
     * What a dashboard shows. The party lists are a body's (top 50, largest commitment first); the body lists an
     * organisation's.
     */
    public record Figures(
            BigDecimal committed,
            BigDecimal declared,
            BigDecimal confirmed,
            long transfers,
            BigDecimal transferValue,
            long outputs,
            List<Sum> byMonth,
            List<Sum> byParty,
            List<Sum> byBody,
            List<OutputSum> outputsByKind,
            List<OutputSum> outputsByMonth,
            List<OutputSum> outputsByParty,
            List<OutputSum> outputsByBody) {}

    /** A body's figures: its totals, and its parties' shares. */
    public Figures ofBody(Long bodyId) {
        Scope body = new Scope("body_id = ? and side = 'BODY'", bodyId);
        Scope parties = new Scope("body_id = ? and side = 'PARTY'", bodyId);
        Sum total = total(body);
        return new Figures(
                total.committed(),
                total.declared(),
                total.confirmed(),
                total.transfers(),
                total.transferValue(),
                outputs(body),
                sums("to_char(month, 'YYYY-MM')", null, body),
                sums(null, "organisation_id", parties),
                List.of(),
                outputSums("kind", null, body),
                outputSums("to_char(month, 'YYYY-MM')", null, body),
                outputSums(null, "organisation_id", parties),
                List.of());
    }

    /** An organisation's figures across bodies, as a party: its budgets, payments, transfers and outputs. */
    public Figures ofOrganisation(Long organisationId) {
        Scope party = new Scope("organisation_id = ? and side = 'PARTY'", organisationId);
        Sum total = total(party);
        return new Figures(
                total.committed(),
                total.declared(),
                total.confirmed(),
                total.transfers(),
                total.transferValue(),
                outputs(party),
                sums("to_char(month, 'YYYY-MM')", null, party),
                List.of(),
                sums(null, "body_id", party),
                outputSums("kind", null, party),
                outputSums("to_char(month, 'YYYY-MM')", null, party),
                List.of(),
                outputSums(null, "body_id", party));
    }

    /** The rows a figure sums: a condition with one parameter. */
    private record Scope(String where, Long id) {}

    private Sum total(Scope scope) {
        return jdbc.sql("select " + MONEY + " from research_figures where " + scope.where())
                .param(scope.id())
                .query((r, n) -> new Sum(
                        null,
                        null,
                        orZero(r.getBigDecimal("c")),
                        orZero(r.getBigDecimal("d")),
                        orZero(r.getBigDecimal("f")),
                        r.getLong("t"),
                        orZero(r.getBigDecimal("v"))))
                .single();
    }

    /** Grouped by a text {@code key} (months kept in order) or an {@code id} (largest commitment first, top 50). */
    private List<Sum> sums(String key, String id, Scope scope) {
        String group = key != null ? key : id;
        String order = key != null ? " order by 1" : " order by c desc, f desc, 1 limit 50";
        return jdbc.sql("select " + group + " g, " + MONEY + " from research_figures where " + scope.where()
                        + " group by 1" + NOT_ZERO + order)
                .param(scope.id())
                .query((r, n) -> new Sum(
                        key != null ? r.getString("g") : null,
                        id != null ? r.getLong("g") : null,
                        r.getBigDecimal("c"),
                        r.getBigDecimal("d"),
                        r.getBigDecimal("f"),
                        r.getLong("t"),
                        r.getBigDecimal("v")))
                .list();
    }

    private long outputs(Scope scope) {
        return jdbc.sql("select coalesce(sum(outputs), 0) from research_output_figures where " + scope.where())
                .param(scope.id())
                .query(Long.class)
                .single();
    }

    private List<OutputSum> outputSums(String key, String id, Scope scope) {
        String group = key != null ? key : id;
        String order = key != null ? " order by 1" : " order by 2 desc, 1 limit 50";
        return jdbc.sql("select " + group + " g, sum(outputs) o from research_output_figures where " + scope.where()
                        + " group by 1 having sum(outputs) <> 0" + order)
                .param(scope.id())
                .query((r, n) -> new OutputSum(
                        key != null ? r.getString("g") : null, id != null ? r.getLong("g") : null, r.getLong("o")))
                .list();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
