package org.ronghe.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Locks the embedded PostgreSQL down: every connection, local or over loopback, must give a password (SCRAM), the
 * superuser's known only to {@code keys/database.properties}; the application connects as role {@code ronghe}, which
 * owns no table and may only read and write rows: it cannot drop the audit trail's append-only triggers, and it may
 * only read and add audit records. A cluster made by an earlier version (trust for every local user) is converted on
 * its next start.
 */
final class EmbeddedDatabaseRoles {

    static final String HBA = """
            # Written by Ronghe at every start of the embedded PostgreSQL: a password for every connection.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    /** What the application role may do, applied after every migration (new tables included). */
    static final List<String> GRANTS = List.of(
            "grant usage on schema public to " + DatabaseCredentials.APP_ROLE,
            "grant select, insert, update, delete on all tables in schema public to " + DatabaseCredentials.APP_ROLE,
            "grant usage, select, update on all sequences in schema public to " + DatabaseCredentials.APP_ROLE,
            "revoke update, delete, truncate on audit_records from " + DatabaseCredentials.APP_ROLE,
            "revoke all on flyway_schema_history from " + DatabaseCredentials.APP_ROLE);

    private EmbeddedDatabaseRoles() {}

    /** Sets both passwords, makes the application role powerless beyond rows, and requires passwords from now on. */
    static void secure(DataSource superuser, DatabaseCredentials credentials) throws SQLException, IOException {
        try (Connection connection = superuser.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("set password_encryption = 'scram-sha-256'");
            sql.execute("alter role " + DatabaseCredentials.SUPERUSER + " password "
                    + literal(credentials.superuserPassword()));
            sql.execute(
                    "do $$ begin if not exists (select from pg_roles where rolname = '" + DatabaseCredentials.APP_ROLE
                            + "') then create role " + DatabaseCredentials.APP_ROLE + "; end if; end $$");
            sql.execute(
                    "alter role " + DatabaseCredentials.APP_ROLE + " with login nosuperuser nocreatedb nocreaterole "
                            + "noreplication nobypassrls password " + literal(credentials.appPassword()));
            sql.execute("revoke create on schema public from public");
            sql.execute("revoke create on database postgres from public");
            Path hba = Path.of(single(sql, "show hba_file"));
            if (!Files.exists(hba)
                    || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                sql.execute("select pg_reload_conf()");
            }
        }
    }

    static void grant(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String grant : GRANTS) {
                sql.execute(grant);
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    /** Generated passwords are base64; anything else is refused rather than quoted. */
    private static String literal(String password) {
        if (password == null || !password.matches("[A-Za-z0-9+/=]{16,}")) {
            throw new IllegalStateException("database password in keys/database.properties is not a generated one");
        }
        return "'" + password + "'";
    }
}
