package org.ronghe.core.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.postgresql.PGConnection;
import org.ronghe.core.RongheProperties;
import org.ronghe.core.internal.NoDatasourceUrlCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Backs up the embedded database and the uploaded files: every table copied out in one consistent snapshot (a
 * repeatable-read transaction, {@code COPY … TO STDOUT}, gzipped), the files directory copied beside it, the migrations
 * applied written into the manifest. Written under a temporary name and renamed when complete; the newest
 * {@code ronghe.backups.keep} are kept. Nightly ({@code ronghe.backups.cron}, one node) and on demand. The embedded
 * binaries have no pg_dump, hence COPY; restoring is {@link BackupRestore}'s.
 */
@Service
@Conditional(NoDatasourceUrlCondition.class)
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'ronghe-'yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);

    private final DataSource superuser;
    private final Path dataDir;
    private final int keep;
    private final Clock clock;

    Backups(
            @Qualifier("migrationDataSource") DataSource superuser,
            RongheProperties properties,
            @Value("${ronghe.backups.keep:7}") int keep,
            Clock clock) {
        this.superuser = superuser;
        this.dataDir = properties.dataDir();
        this.keep = keep;
        this.clock = clock;
    }

    @Scheduled(cron = "${ronghe.backups.cron:0 30 2 * * *}", zone = "${ronghe.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "backups", lockAtMostFor = "PT6H")
    public void nightly() {
        Backup backup = create();
        log.info(
                "Nightly backup {}: {} tables, {} rows, {} bytes",
                backup.name(),
                backup.tables(),
                backup.rows(),
                backup.bytes());
    }

    /** A backup cut short by a stopped node leaves its {@code .partial} directory; it is removed at the next start. */
    @EventListener(ApplicationReadyEvent.class)
    public void removeUnfinished() throws IOException {
        Path root = dataDir.resolve("backups");
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                for (Path unfinished :
                        (Iterable<Path>) entries.filter(p -> p.toString().endsWith(".partial"))::iterator) {
                    log.warn("Removing the unfinished backup {}", unfinished);
                    delete(unfinished);
                }
            }
        }
    }

    public synchronized Backup create() {
        String name = NAME.format(clock.instant());
        Path root = dataDir.resolve("backups");
        Path partial = root.resolve(name + ".partial");
        try {
            Files.createDirectories(partial.resolve("db"));
            Properties manifest = new Properties();
            manifest.setProperty("created-at", clock.instant().toString());
            long rows = copyTables(partial.resolve("db"), manifest);
            BackupRestore.copyTree(dataDir.resolve("files"), partial.resolve("files"));
            try (OutputStream out = Files.newOutputStream(partial.resolve("manifest.properties"))) {
                manifest.store(out, "Ronghe backup");
            }
            Path done = Files.move(partial, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            prune(root);
            return new Backup(
                    name, clock.instant(), Integer.parseInt(manifest.getProperty("tables")), rows, size(done));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed", e);
        }
    }

    /** The backups there are, newest first. */
    public List<String> names() {
        Path root = dataDir.resolve("backups");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("ronghe-") && !n.endsWith(".partial"))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copyTables(Path db, Properties manifest) throws SQLException, IOException {
        long total = 0;
        try (Connection connection = superuser.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            List<String> tables = BackupTables.of(connection);
            manifest.setProperty("migrations", String.join(",", BackupTables.migrations(connection)));
            manifest.setProperty("tables", Integer.toString(tables.size()));
            for (String table : tables) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(db.resolve(table + ".copy.gz")))) {
                    long rows = connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyOut("copy " + table + " to stdout", out);
                    manifest.setProperty("rows." + table, Long.toString(rows));
                    total += rows;
                }
            }
            connection.commit();
        }
        return total;
    }

    private void prune(Path root) throws IOException {
        List<String> all = names();
        for (String old : all.subList(Math.min(keep, all.size()), all.size())) {
            delete(root.resolve(old));
        }
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
