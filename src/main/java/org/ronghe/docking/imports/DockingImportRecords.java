package org.ronghe.docking.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code docking_imports} as this module reads them; the import engine keeps their common columns. */
@Component
class DockingImportRecords {

    private final JdbcClient jdbc;

    DockingImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who started an import, for what, from which file. */
    record Origin(DockingImport.Subject subject, Long bodyId, Long organisationId, String actor) {}

    Long create(Origin origin, UUID fileId, String fileName, boolean validOnly, Instant at) {
        return jdbc.sql(
                        "insert into docking_imports (subject, body_id, organisation_id, file_id, file_name, valid_only, "
                                + "status, created_by, created_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?) returning id")
                .params(
                        origin.subject().name(),
                        origin.bodyId(),
                        origin.organisationId(),
                        fileId,
                        fileName,
                        validOnly,
                        origin.actor(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<DockingImport> find(Long id) {
        return jdbc.sql("select * from docking_imports where id = ?")
                .param(id)
                .query(DockingImportRecords::job)
                .optional();
    }

    List<DockingImport> recent(String actor, int limit) {
        return jdbc.sql("select * from docking_imports where created_by = ? order by created_at desc limit ?")
                .params(actor, limit)
                .query(DockingImportRecords::job)
                .list();
    }

    void committed(Long id, int created, Instant at) {
        jdbc.sql("update docking_imports set created_items = ?, committed_at = ? where id = ?")
                .params(created, Timestamp.from(at), id)
                .update();
    }

    private static DockingImport job(ResultSet r, int n) throws SQLException {
        return new DockingImport(
                r.getLong("id"),
                DockingImport.Subject.valueOf(r.getString("subject")),
                r.getObject("body_id", Long.class),
                r.getObject("organisation_id", Long.class),
                r.getString("file_name"),
                r.getBoolean("valid_only"),
                DockingImport.Status.valueOf(r.getString("status")),
                r.getInt("rows_read"),
                r.getInt("invalid_rows"),
                r.getInt("problem_count"),
                r.getInt("created_items"),
                r.getString("failure_code"),
                r.getString("created_by"),
                r.getTimestamp("created_at").toInstant(),
                r.getTimestamp("finished_at") == null
                        ? null
                        : r.getTimestamp("finished_at").toInstant());
    }
}
