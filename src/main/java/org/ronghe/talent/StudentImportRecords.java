package org.ronghe.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.talent.StudentImport.Problem;
import org.ronghe.talent.StudentImport.Status;
import org.ronghe.core.sheets.ProblemArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code student_imports} and their problems. Each update commits on its own (progress shows at once). */
@Component
class StudentImportRecords {


    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StudentImportRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Long create(StudentImport.Kind kind, Long schoolId, Long programmeId, Long cohortId, UUID fileId, String fileName,
                boolean validOnly, String actor, Instant at) {
        return jdbc.sql("insert into student_imports (kind, school_id, programme_id, cohort_id, file_id, file_name, "
                        + "valid_only, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?) returning id")
                .params(kind.name(), schoolId, programmeId, cohortId, fileId, fileName, validOnly, actor, Timestamp.from(at))
                .query(Long.class).single();
    }

    Optional<StudentImport> find(Long id) {
        return jdbc.sql("select * from student_imports where id = ?").param(id).query(StudentImportRecords::job).optional();
    }

    List<StudentImport> recent(Long schoolId, int limit) {
        return jdbc.sql("select * from student_imports where school_id = ? order by created_at desc, id desc limit ?")
                .params(schoolId, limit).query(StudentImportRecords::job).list();
    }

    UUID fileOf(Long id) {
        return jdbc.sql("select file_id from student_imports where id = ?").param(id).query(UUID.class).single();
    }

    void status(Long id, Status status) {
        jdbc.sql("update student_imports set status = ? where id = ?").params(status.name(), id).update();
    }

    void progress(Long id, int rowsRead) {
        jdbc.sql("update student_imports set rows_read = ? where id = ?").params(rowsRead, id).update();
    }

    void validated(Long id, SheetCheck<?> v, Instant at) {
        jdbc.sql("update student_imports set rows_read = ?, invalid_rows = ?, problem_count = ?, validated_at = ? where id = ?")
                .params(v.rows(), v.invalidRows(), v.problemCount(), Timestamp.from(at), id).update();
        List<Object[]> rows = new ArrayList<>();
        List<Problem> problems = v.problems();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            rows.add(new Object[] {id, i, p.row(), p.column(), p.code(), ProblemArguments.join(p.arguments(), 600)});
        }
        template.batchUpdate("insert into student_import_problems (import_id, position, row_number, col, code, arguments) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
    }

    void imported(Long id, int imported) {
        jdbc.sql("update student_imports set imported = ? where id = ?").params(imported, id).update();
    }

    void finished(Long id, Status status, String failureCode, Instant at) {
        jdbc.sql("update student_imports set status = ?, failure_code = ?, finished_at = ? where id = ?")
                .params(status.name(), failureCode, Timestamp.from(at), id).update();
    }

    List<Problem> problems(Long id, int limit) {
        return jdbc.sql("select * from student_import_problems where import_id = ? order by position limit ?")
                .params(id, limit).query((row, n) -> new Problem(row.getInt("row_number"), row.getString("col"),
                        row.getString("code"), ProblemArguments.split(row.getString("arguments")))).list();
    }


    private static StudentImport job(ResultSet r, int n) throws SQLException {
        return new StudentImport(r.getLong("id"), StudentImport.Kind.valueOf(r.getString("kind")), r.getLong("school_id"), r.getObject("programme_id", Long.class),
                r.getObject("cohort_id", Long.class), r.getString("file_name"), r.getBoolean("valid_only"),
                Status.valueOf(r.getString("status")), r.getInt("rows_read"), r.getInt("invalid_rows"),
                r.getInt("problem_count"), r.getInt("imported"), r.getString("failure_code"), r.getString("created_by"),
                instant(r, "created_at"), instant(r, "validated_at"), instant(r, "finished_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
