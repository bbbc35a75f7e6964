package org.ronghe.training.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the training dashboard's read model ({@code training_figures}, {@code certificate_figures}) true: whoever
 * changes a record passes its rows as they were and as they are, in the same transaction, and the sums move by the
 * exact difference. Rows are changed in key order so that two changes cannot deadlock.
 */
@Component
public class TrainingFigures {

    private static final String ADD_TRAINING = "insert into training_figures (body_id, month, side, organisation_id, "
            + "kind, persons, hours) values (?, ?, ?, ?, ?, ?, ?) on conflict (body_id, month, side, organisation_id, "
            + "kind) do update set persons = training_figures.persons + excluded.persons, "
            + "hours = training_figures.hours + excluded.hours";

    private static final String ADD_CERTIFICATES = "insert into certificate_figures (body_id, month, side, "
            + "organisation_id, kind, level, certificates) values (?, ?, ?, ?, ?, ?, ?) on conflict (body_id, month, "
            + "side, organisation_id, kind, level) do update set certificates = certificate_figures.certificates "
            + "+ excluded.certificates";

    private final JdbcClient jdbc;

    TrainingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the completion figures from what a record contributed to what it contributes now. */
    public void moved(List<TrainingFigureRow> before, List<TrainingFigureRow> after) {
        if (before.equals(after)) {
            return;
        }
        List<TrainingFigureRow> delta = new ArrayList<>();
        before.forEach(r -> delta.add(new TrainingFigureRow(
                r.bodyId(), r.month(), r.side(), r.organisationId(), r.kind(), -r.persons(), -r.hours())));
        delta.addAll(after);
        delta.sort(Comparator.comparing(TrainingFigureRow::bodyId)
                .thenComparing(TrainingFigureRow::month)
                .thenComparing(TrainingFigureRow::side)
                .thenComparing(TrainingFigureRow::organisationId)
                .thenComparing(TrainingFigureRow::kind));
        for (TrainingFigureRow r : delta) {
            jdbc.sql(ADD_TRAINING)
                    .params(r.bodyId(), r.month(), r.side(), r.organisationId(), r.kind(), r.persons(), r.hours())
                    .update();
        }
    }

    /** Adds a recorded certificate's rows (certificates are never changed once recorded). */
    public void recorded(List<CertificateFigureRow> rows) {
        rows.stream()
                .sorted(Comparator.comparing(CertificateFigureRow::side)
                        .thenComparing(CertificateFigureRow::organisationId))
                .forEach(r -> jdbc.sql(ADD_CERTIFICATES)
                        .params(
                                r.bodyId(),
                                r.month(),
                                r.side(),
                                r.organisationId(),
                                r.kind(),
                                r.level(),
                                r.certificates())
                        .update());
    }
}
