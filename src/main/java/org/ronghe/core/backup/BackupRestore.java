package org.ronghe.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup ({@link Backups}) into a fresh data directory: run once, right after the schema was created and
 * before anything else writes (demo data, the bootstrap admin), when {@code ronghe.restore-from} names a backup. Every
 * table's rows are copied in with triggers and foreign-key checks off (they were consistent when copied out), the
 * sequences set past the highest ids, the uploaded files copied back. A database that already holds accounts is never
 * overwritten; a backup made by another version of the schema is refused with the versions that differ.
 */
public final class BackupRestore {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

    private BackupRestore() {}

    public static void restore(DataSource superuser, Path backup, Path dataDir) {
        try (Connection connection = superuser.getConnection()) {
            if (holdsData(connection)) {
                log.warn("Not restoring {}: the database already holds accounts", backup);
                return;
            }
            Properties manifest = manifest(backup);
            List<String> wanted =
                    Arrays.asList(manifest.getProperty("migrations", "").split(","));
            List<String> applied = BackupTables.migrations(connection);
            if (!applied.equals(wanted)) {
                throw new IllegalStateException(
                        "The backup " + backup + " was made with migrations " + wanted + " but this version has "
                                + applied + ": restore with the version that made it, then upgrade.");
            }
            connection.setAutoCommit(false);
            long rows = copyIn(connection, backup.resolve("db"));
            resetSequences(connection);
            connection.commit();
            copyTree(backup.resolve("files"), dataDir.resolve("files"));
            log.info("Restored {}: {} rows", backup, rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("restore from " + backup + " failed", e);
        }
    }

    private static boolean holdsData(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select exists (select 1 from accounts)")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static Properties manifest(Path backup) throws IOException {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(backup.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        return manifest;
    }

    private static long copyIn(Connection connection, Path db) throws SQLException, IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(db)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".copy.gz"))
                    .map(n -> n.substring(0, n.length() - ".copy.gz".length()))
                    .sorted()
                    .forEach(tables::add);
        }
        long rows = 0;
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local session_replication_role = replica");
            if (!tables.isEmpty()) {
                sql.execute("truncate " + String.join(", ", tables));
            }
        }
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalStateException("unexpected table name in backup: " + table);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(db.resolve(table + ".copy.gz")))) {
                rows += connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", in);
            }
        }
        return rows;
    }

    /** Every sequence owned by a column goes past the column's highest value. */
    private static void resetSequences(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet owned = sql.executeQuery(
                        "select s.oid::regclass::text, t.oid::regclass::text, quote_ident(a.attname) from pg_class s "
                                + "join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass "
                                + "join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid "
                                + "and a.attnum = d.refobjsubid where s.relkind = 'S' and d.deptype in ('a', 'i')")) {
            while (owned.next()) {
                statements.add("select setval('" + owned.getString(1) + "', coalesce((select max(" + owned.getString(3)
                        + ") from " + owned.getString(2) + "), 0) + 1, false)");
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Copies a directory tree (uploaded files) but its {@code incoming} uploads; what is already there stays. */
    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree.filter(p -> !p.startsWith(from.resolve("incoming")))::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
