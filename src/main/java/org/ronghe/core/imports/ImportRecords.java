package org.ronghe.core.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ronghe.core.sheets.ProblemArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The columns every import's job table and problem table have. Each update commits on its own (progress shows at once).
 */
@Component
class ImportRecords {

    /** What a job was started with. */
    record Start(UUID fileId, boolean validOnly, String status) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Start start(ImportTable table, Long id) {
        return jdbc.sql("select file_id, valid_only, status from " + table.name() + " where id = ?")
                .param(id)
                .query((r, n) -> new Start(r.getObject(1, UUID.class), r.getBoolean(2), r.getString(3)))
                .single();
    }

    void status(ImportTable table, Long id, String status) {
        jdbc.sql("update " + table.name() + " set status = ? where id = ?")
                .params(status, id)
                .update();
    }

    void progress(ImportTable table, Long id, int rowsRead) {
        jdbc.sql("update " + table.name() + " set rows_read = ? where id = ?")
                .params(rowsRead, id)
                .update();
    }

    void validated(ImportTable table, Long id, SheetCheck<?> check, Instant at) {
        jdbc.sql("update " + table.name() + " set rows_read = ?, invalid_rows = ?, problem_count = ?, validated_at = ? "
                        + "where id = ?")
                .params(check.rows(), check.invalidRows(), check.problemCount(), Timestamp.from(at), id)
                .update();
        List<Object[]> rows = new ArrayList<>();
        List<SheetProblem> problems = check.problems();
        for (int i = 0; i < problems.size(); i++) {
            SheetProblem p = problems.get(i);
            rows.add(new Object[] {
                id, i, p.row(), p.column(), clip(p.value(), 300), p.code(), ProblemArguments.join(p.arguments(), 600)
            });
        }
        template.batchUpdate(
                "insert into " + table.problems() + " (import_id, position, row_number, col, value, code, "
                        + "arguments) values (?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    void finished(ImportTable table, Long id, String status, String failureCode, Instant at) {
        jdbc.sql("update " + table.name() + " set status = ?, failure_code = ?, finished_at = ? where id = ?")
                .params(status, failureCode, Timestamp.from(at), id)
                .update();
    }

    List<SheetProblem> problems(ImportTable table, Long id, int limit) {
        return jdbc.sql("select * from " + table.problems() + " where import_id = ? order by position limit ?")
                .params(id, limit)
                .query((row, n) -> new SheetProblem(
                        row.getInt("row_number"),
                        row.getString("col"),
                        row.getString("value"),
                        row.getString("code"),
                        ProblemArguments.split(row.getString("arguments"))))
                .list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
