package org.ronghe.core.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which tables a backup holds (every table of the schema but sessions and locks) and the schema's migration versions.
 */
final class BackupTables {

    /** Sessions and scheduler locks belong to the running nodes, not to the data. */
    static final Set<String> SKIPPED =
            Set.of("spring_session", "spring_session_attributes", "shedlock", "flyway_schema_history");

    private BackupTables() {}

    static List<String> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rows.next()) {
                if (!SKIPPED.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** The versions of the migrations applied, in order. */
    static List<String> migrations(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select version from flyway_schema_history where success and version is not null "
                                + "order by installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
