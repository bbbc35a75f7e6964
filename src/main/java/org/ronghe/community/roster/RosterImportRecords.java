package org.ronghe.community.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.roster.RosterImport.Status;
import org.ronghe.core.sheets.ProblemArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code roster_imports} and their problems. Each update commits on its own (progress is visible at once). */
@Component
class RosterImportRecords {


    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RosterImportRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Long create(Long bodyId, UUID fileId, String fileName, boolean validOnly, String actor, Instant at) {
        return jdbc.sql("insert into roster_imports (body_id, file_id, file_name, valid_only, status, created_by, created_at) "
                        + "values (?, ?, ?, ?, 'QUEUED', ?, ?) returning id")
                .params(bodyId, fileId, fileName, validOnly, actor, Timestamp.from(at)).query(Long.class).single();
    }

    Optional<RosterImport> find(Long id) {
        return jdbc.sql("select * from roster_imports where id = ?").param(id).query(RosterImportRecords::job).optional();
    }

    List<RosterImport> recent(Long bodyId, int limit) {
        return jdbc.sql("select * from roster_imports where body_id = ? order by created_at desc limit ?")
                .params(bodyId, limit).query(RosterImportRecords::job).list();
    }

    UUID fileOf(Long id) {
        return jdbc.sql("select file_id from roster_imports where id = ?").param(id).query(UUID.class).single();
    }

    void status(Long id, Status status) {
        jdbc.sql("update roster_imports set status = ? where id = ?").params(status.name(), id).update();
    }

    void progress(Long id, int rowsRead) {
        jdbc.sql("update roster_imports set rows_read = ? where id = ?").params(rowsRead, id).update();
    }

    void validated(Long id, RosterValidation v, Instant at) {
        jdbc.sql("update roster_imports set rows_read = ?, invalid_rows = ?, problem_count = ?, validated_at = ? where id = ?")
                .params(v.rows(), v.invalidRows(), v.problemCount(), Timestamp.from(at), id).update();
        List<Object[]> rows = new ArrayList<>();
        List<RosterProblem> problems = v.problems();
        for (int i = 0; i < problems.size(); i++) {
            RosterProblem p = problems.get(i);
            rows.add(new Object[] {id, i, p.row(), p.column(), clip(p.value(), 300), p.code(),
                    ProblemArguments.join(p.arguments(), 600)});
        }
        template.batchUpdate("insert into roster_import_problems (import_id, position, row_number, col, value, code, arguments) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    void committed(Long id, int created, int reused, Outcome outcome, Instant at) {
        jdbc.sql("update roster_imports set created_orgs = ?, reused_orgs = ?, admitted = ?, reopened = ?, already_members = ?, "
                        + "committed_at = ? where id = ?")
                .params(created, reused, outcome.admitted(), outcome.reopened(), outcome.alreadyMembers(), Timestamp.from(at), id)
                .update();
    }

    void finished(Long id, Status status, String failureCode, Instant at) {
        jdbc.sql("update roster_imports set status = ?, failure_code = ?, finished_at = ? where id = ?")
                .params(status.name(), failureCode, Timestamp.from(at), id).update();
    }

    /** The problems kept for a job, in sheet order, with their arguments as text. */
    List<RosterProblem> problems(Long id, int limit) {
        return jdbc.sql("select * from roster_import_problems where import_id = ? order by position limit ?")
                .params(id, limit).query((row, n) -> new RosterProblem(row.getInt("row_number"), row.getString("col"),
                        row.getString("value"), row.getString("code"), ProblemArguments.split(row.getString("arguments")))).list();
    }


    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static RosterImport job(ResultSet r, int n) throws SQLException {
        return new RosterImport(r.getLong("id"), r.getLong("body_id"), r.getString("file_name"), r.getBoolean("valid_only"),
                Status.valueOf(r.getString("status")), r.getInt("rows_read"), r.getInt("invalid_rows"),
                r.getInt("problem_count"), r.getInt("created_orgs"), r.getInt("reused_orgs"), r.getInt("admitted"),
                r.getInt("reopened"), r.getInt("already_members"), r.getString("failure_code"), r.getString("created_by"),
                instant(r, "created_at"), instant(r, "validated_at"), instant(r, "committed_at"), instant(r, "finished_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
