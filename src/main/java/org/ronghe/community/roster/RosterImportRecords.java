package org.ronghe.community.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.roster.RosterImport.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code roster_imports} as this module reads them; the import engine keeps their common columns. */
@Component
class RosterImportRecords {

    private final JdbcClient jdbc;

    RosterImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Long create(Long bodyId, UUID fileId, String fileName, boolean validOnly, String actor, Instant at) {
        return jdbc.sql(
                        "insert into roster_imports (body_id, file_id, file_name, valid_only, status, created_by, created_at) "
                                + "values (?, ?, ?, ?, 'QUEUED', ?, ?) returning id")
                .params(bodyId, fileId, fileName, validOnly, actor, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<RosterImport> find(Long id) {
        return jdbc.sql("select * from roster_imports where id = ?")
                .param(id)
                .query(RosterImportRecords::job)
                .optional();
    }

    List<RosterImport> recent(Long bodyId, int limit) {
        return jdbc.sql("select * from roster_imports where body_id = ? order by created_at desc limit ?")
                .params(bodyId, limit)
                .query(RosterImportRecords::job)
                .list();
    }

    void committed(Long id, int created, int reused, Outcome outcome, Instant at) {
        jdbc.sql(
                        "update roster_imports set created_orgs = ?, reused_orgs = ?, admitted = ?, reopened = ?, already_members = ?, "
                                + "committed_at = ? where id = ?")
                .params(
                        created,
                        reused,
                        outcome.admitted(),
                        outcome.reopened(),
                        outcome.alreadyMembers(),
                        Timestamp.from(at),
                        id)
                .update();
    }

    private static RosterImport job(ResultSet r, int n) throws SQLException {
        return new RosterImport(
                r.getLong("id"),
                r.getLong("body_id"),
                r.getString("file_name"),
                r.getBoolean("valid_only"),
                Status.valueOf(r.getString("status")),
                r.getInt("rows_read"),
                r.getInt("invalid_rows"),
                r.getInt("problem_count"),
                r.getInt("created_orgs"),
                r.getInt("reused_orgs"),
                r.getInt("admitted"),
                r.getInt("reopened"),
                r.getInt("already_members"),
                r.getString("failure_code"),
                r.getString("created_by"),
                instant(r, "created_at"),
                instant(r, "validated_at"),
                instant(r, "committed_at"),
                instant(r, "finished_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
