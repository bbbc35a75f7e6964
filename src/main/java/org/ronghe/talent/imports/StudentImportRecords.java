package org.ronghe.talent.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.talent.imports.StudentImport.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code student_imports} as this module reads them; the import engine keeps their common columns. */
@Component
class StudentImportRecords {

    private final JdbcClient jdbc;

    StudentImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Long create(
            StudentImport.Kind kind,
            Long schoolId,
            Long programmeId,
            Long cohortId,
            UUID fileId,
            String fileName,
            boolean validOnly,
            String actor,
            Instant at) {
        return jdbc.sql(
                        "insert into student_imports (kind, school_id, programme_id, cohort_id, file_id, file_name, "
                                + "valid_only, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?) returning id")
                .params(
                        kind.name(),
                        schoolId,
                        programmeId,
                        cohortId,
                        fileId,
                        fileName,
                        validOnly,
                        actor,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<StudentImport> find(Long id) {
        return jdbc.sql("select * from student_imports where id = ?")
                .param(id)
                .query(StudentImportRecords::job)
                .optional();
    }

    List<StudentImport> recent(Long schoolId, int limit) {
        return jdbc.sql("select * from student_imports where school_id = ? order by created_at desc, id desc limit ?")
                .params(schoolId, limit)
                .query(StudentImportRecords::job)
                .list();
    }

    void imported(Long id, int imported) {
        jdbc.sql("update student_imports set imported = ? where id = ?")
                .params(imported, id)
                .update();
    }

    private static StudentImport job(ResultSet r, int n) throws SQLException {
        return new StudentImport(
                r.getLong("id"),
                StudentImport.Kind.valueOf(r.getString("kind")),
                r.getLong("school_id"),
                r.getObject("programme_id", Long.class),
                r.getObject("cohort_id", Long.class),
                r.getString("file_name"),
                r.getBoolean("valid_only"),
                Status.valueOf(r.getString("status")),
                r.getInt("rows_read"),
                r.getInt("invalid_rows"),
                r.getInt("problem_count"),
                r.getInt("imported"),
                r.getString("failure_code"),
                r.getString("created_by"),
                instant(r, "created_at"),
                instant(r, "validated_at"),
                instant(r, "finished_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
