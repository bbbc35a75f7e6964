package org.ronghe.training.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.RuleBroken;
import org.ronghe.training.figures.TrainingFigureRow;
import org.ronghe.training.figures.TrainingFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * Writes the valid lines of an attendance list, each guarded by the version the check read (an enrolment changed
 * meanwhile fails the import: nothing is written). A chunk is one {@code UPDATE … FROM unnest(arrays)} over JDBC: the
 * same rows as a JDBC batch of single-row updates without a statement per row (in the bench's first, cold run such a
 * batch took 1.2 s for 5,000 rows; one statement per chunk imports 100,000 rows at about 20,000 rows/s, bench/README).
 * Completions — a pass on an enrolment the enterprise had confirmed — are summed by figure row and moved into the
 * figures once, just before the commit, by the exact difference (before: nothing, as a pending result never counts).
 */
final class AttendanceWriter implements ChunkWriter.Work<AttendanceCheck.Valid, AttendanceWriter.Written> {

    /** What the import amounts to: enrolments updated, of which completed. */
    record Written(int rows, int completions) {}

    private static final String UPDATE = "update training_enrolments e set hours_attended = v.hours, "
            + "result = v.result, result_at = case when v.result = 'PENDING' then e.result_at else ? end, "
            + "result_by = case when v.result = 'PENDING' then e.result_by else ? end, completed_on = v.completed, "
            + "version = e.version + 1 from unnest(?::bigint[], ?::bigint[], ?::int[], ?::varchar[], ?::date[]) "
            + "as v(id, version, hours, result, completed) "
            + "where e.id = v.id and e.version = v.version and e.result = 'PENDING'";

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
        int n = chunk.size();
        Long[] ids = new Long[n];
        Long[] versions = new Long[n];
        Integer[] hours = new Integer[n];
        String[] results = new String[n];
        Date[] completedOn = new Date[n];
        for (int i = 0; i < n; i++) {
            AttendanceCheck.Valid v = chunk.get(i);
            ids[i] = v.enrolment().id();
            versions[i] = v.enrolment().version();
            hours[i] = v.hours();
            results[i] = v.result() == null ? "PENDING" : v.result().name();
            completedOn[i] = v.completes() ? Date.valueOf(today) : null;
            if (v.completes()) {
                completions++;
                var e = v.enrolment();
                TrainingFigureRow.completion(
                                e.bodyId(), today, e.enterpriseId(), e.providerId(), e.kind(), v.countedHours())
                        .forEach(this::add);
            }
        }
        Integer updated = jdbc.execute(UPDATE, (PreparedStatementCallback<Integer>) ps -> {
            Connection c = ps.getConnection();
            ps.setTimestamp(1, at);
            ps.setString(2, actor);
            ps.setArray(3, c.createArrayOf("bigint", ids));
            ps.setArray(4, c.createArrayOf("bigint", versions));
            ps.setArray(5, c.createArrayOf("integer", hours));
            ps.setArray(6, c.createArrayOf("varchar", results));
            ps.setArray(7, c.createArrayOf("date", completedOn));
            return ps.executeUpdate();
        });
        if (updated == null || updated != n) {
            throw new RuleBroken("training.import.attendance.changed");
        }
        rows += n;
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
