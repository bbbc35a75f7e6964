package org.ronghe.training.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code training_imports} as this module reads them; the import engine keeps their common columns. */
@Component
class TrainingImportRecords {

    private final JdbcClient jdbc;

    TrainingImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who started an import, of what, for which organisation (and from which session's page). */
    record Origin(TrainingImport.Kind kind, Long organisationId, Long sessionId, String actor) {}

    Long create(Origin origin, UUID fileId, String fileName, boolean validOnly, Instant at) {
        return jdbc.sql("insert into training_imports (kind, organisation_id, session_id, file_id, file_name, "
                        + "valid_only, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?) "
                        + "returning id")
                .params(
                        origin.kind().name(),
                        origin.organisationId(),
                        origin.sessionId(),
                        fileId,
                        fileName,
                        validOnly,
                        origin.actor(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<TrainingImport> find(Long id) {
        return jdbc.sql("select * from training_imports where id = ?")
                .param(id)
                .query(TrainingImportRecords::job)
                .optional();
    }

    /** The latest imports of this kind for the organisation. */
    List<TrainingImport> recent(TrainingImport.Kind kind, Long organisationId, int limit) {
        return jdbc.sql("select * from training_imports where kind = ? and organisation_id = ? "
                        + "order by created_at desc limit ?")
                .params(kind.name(), organisationId, limit)
                .query(TrainingImportRecords::job)
                .list();
    }

    void committed(Long id, int written, int completions, Instant at) {
        jdbc.sql("update training_imports set written_rows = ?, completions = ?, committed_at = ? where id = ?")
                .params(written, completions, Timestamp.from(at), id)
                .update();
    }

    private static TrainingImport job(ResultSet r, int n) throws SQLException {
        return new TrainingImport(
                r.getLong("id"),
                TrainingImport.Kind.valueOf(r.getString("kind")),
                r.getLong("organisation_id"),
                r.getObject("session_id", Long.class),
                r.getString("file_name"),
                r.getBoolean("valid_only"),
                TrainingImport.Status.valueOf(r.getString("status")),
                r.getInt("rows_read"),
                r.getInt("invalid_rows"),
                r.getInt("problem_count"),
                r.getInt("written_rows"),
                r.getInt("completions"),
                r.getString("failure_code"),
                r.getString("created_by"),
                r.getTimestamp("created_at").toInstant(),
                instant(r, "validated_at"),
                instant(r, "finished_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp at = r.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
