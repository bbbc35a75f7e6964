package org.ronghe.training.imports;

import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.RuleBroken;
import org.ronghe.training.figures.TrainingFigureRow;
import org.ronghe.training.figures.TrainingFigures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the valid lines of an attendance list with JDBC batch updates, each guarded by the version the check read (an
 * enrolment changed meanwhile fails the import: nothing is written). Completions — a pass on an enrolment the
 * enterprise had confirmed — are summed by figure row and moved into the figures once, just before the commit, by the
 * exact difference (before: nothing, as a pending result never counts).
 */
final class AttendanceWriter implements ChunkWriter.Work<AttendanceCheck.Valid, AttendanceWriter.Written> {

    /** What the import amounts to: enrolments updated, of which completed. */
    record Written(int rows, int completions) {}

    private static final String UPDATE = "update training_enrolments set hours_attended = ?, result = ?, "
            + "result_at = coalesce(?, result_at), result_by = coalesce(?, result_by), completed_on = ?, "
            + "version = version + 1 where id = ? and version = ? and result = 'PENDING'";

    private final JdbcTemplate jdbc;
    private final TrainingFigures figures;
    private final String actor;
    private final Timestamp at;
    private final LocalDate today;
    private final Map<String, TrainingFigureRow> completed = new TreeMap<>();
    private int rows;
    private int completions;

    AttendanceWriter(JdbcTemplate jdbc, TrainingFigures figures, String actor, Instant at, LocalDate today) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.actor = actor;
        this.at = Timestamp.from(at);
        this.today = today;
    }

    @Override
    public void write(List<AttendanceCheck.Valid> chunk) {
        List<Object[]> updates = new ArrayList<>(chunk.size());
        for (AttendanceCheck.Valid v : chunk) {
            boolean decided = v.result() != null;
            updates.add(new Object[] {
                v.hours(),
                decided ? v.result().name() : "PENDING",
                decided ? at : null,
                decided ? actor : null,
                v.completes() ? Date.valueOf(today) : null,
                v.enrolment().id(),
                v.enrolment().version()
            });
            if (v.completes()) {
                completions++;
                var e = v.enrolment();
                TrainingFigureRow.completion(
                                e.bodyId(), today, e.enterpriseId(), e.providerId(), e.kind(), v.countedHours())
                        .forEach(this::add);
            }
        }
        for (int[] counts : jdbc.batchUpdate(UPDATE, updates, updates.size(), (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        })) {
            for (int count : counts) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new RuleBroken("training.import.attendance.changed");
                }
            }
        }
        rows += chunk.size();
    }

    @Override
    public Written finish() {
        figures.moved(List.of(), List.copyOf(completed.values()));
        return new Written(rows, completions);
    }

    private void add(TrainingFigureRow r) {
        completed.merge(
                r.bodyId() + "|" + r.month() + "|" + r.side() + "|" + r.organisationId() + "|" + r.kind(),
                r,
                (a, b) -> new TrainingFigureRow(
                        a.bodyId(),
                        a.month(),
                        a.side(),
                        a.organisationId(),
                        a.kind(),
                        a.persons() + b.persons(),
                        a.hours() + b.hours()));
    }
}
