package org.ronghe.research.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the R&D dashboard's read model ({@code research_figures}, {@code research_output_figures}) true: whoever
 * changes a project, tranche, output or transfer passes its rows as they were and as they are, in the same transaction,
 * and the sums move by the exact difference. The difference is netted per key and applied in key order, so that two
 * changes cannot deadlock.
 */
@Component
public class ResearchFigures {

    private static final String ADD_MONEY = "insert into research_figures (body_id, month, side, organisation_id, "
            + "committed, declared, confirmed, transfers, transfer_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (body_id, month, side, organisation_id) do update set "
            + "committed = research_figures.committed + excluded.committed, "
            + "declared = research_figures.declared + excluded.declared, "
            + "confirmed = research_figures.confirmed + excluded.confirmed, "
            + "transfers = research_figures.transfers + excluded.transfers, "
            + "transfer_value = research_figures.transfer_value + excluded.transfer_value";

    private static final String ADD_OUTPUTS = "insert into research_output_figures (body_id, month, side, "
            + "organisation_id, kind, outputs) values (?, ?, ?, ?, ?, ?) on conflict (body_id, month, side, "
            + "organisation_id, kind) do update set outputs = research_output_figures.outputs + excluded.outputs";

    private static final Comparator<ResearchFigureRow> MONEY_KEY = Comparator.comparing(ResearchFigureRow::bodyId)
            .thenComparing(ResearchFigureRow::month)
            .thenComparing(ResearchFigureRow::side)
            .thenComparing(ResearchFigureRow::organisationId);

    private static final Comparator<OutputFigureRow> OUTPUT_KEY = Comparator.comparing(OutputFigureRow::bodyId)
            .thenComparing(OutputFigureRow::month)
            .thenComparing(OutputFigureRow::side)
            .thenComparing(OutputFigureRow::organisationId)
            .thenComparing(OutputFigureRow::kind);

    private final JdbcClient jdbc;

    ResearchFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the money and transfer figures from what a record contributed to what it contributes now. */
    public void moved(List<ResearchFigureRow> before, List<ResearchFigureRow> after) {
        for (ResearchFigureRow r : delta(before, after, MONEY_KEY, ResearchFigureRow::negated, ResearchFigureRow::plus)
                .values()) {
            if (!r.isZero()) {
                jdbc.sql(ADD_MONEY)
                        .params(
                                r.bodyId(),
                                r.month(),
                                r.side(),
                                r.organisationId(),
                                r.committed(),
                                r.declared(),
                                r.confirmed(),
                                r.transfers(),
                                r.transferValue())
                        .update();
            }
        }
    }

    /** Moves the output figures from what an output contributed to what it contributes now. */
    public void outputsMoved(List<OutputFigureRow> before, List<OutputFigureRow> after) {
        UnaryOperator<OutputFigureRow> negated =
                r -> new OutputFigureRow(r.bodyId(), r.month(), r.side(), r.organisationId(), r.kind(), -r.outputs());
        BinaryOperator<OutputFigureRow> plus = (a, b) -> new OutputFigureRow(
                a.bodyId(), a.month(), a.side(), a.organisationId(), a.kind(), a.outputs() + b.outputs());
        for (OutputFigureRow r : delta(before, after, OUTPUT_KEY, negated, plus).values()) {
            if (r.outputs() != 0) {
                jdbc.sql(ADD_OUTPUTS)
                        .params(r.bodyId(), r.month(), r.side(), r.organisationId(), r.kind(), r.outputs())
                        .update();
            }
        }
    }

    /** After minus before, one row per key, in key order. */
    private static <R> Map<R, R> delta(
            List<R> before, List<R> after, Comparator<R> key, UnaryOperator<R> negated, BinaryOperator<R> plus) {
        Map<R, R> sums = new TreeMap<>(key);
        before.forEach(r -> sums.merge(negated.apply(r), negated.apply(r), plus));
        after.forEach(r -> sums.merge(r, r, plus));
        return sums;
    }
}
