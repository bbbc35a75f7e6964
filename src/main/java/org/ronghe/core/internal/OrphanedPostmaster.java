package org.ronghe.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed with {@code kill -9} the embedded postmaster keeps running and holds {@code postmaster.pid},
 * so the next start would fail. This stops such a leftover server, and only it: the process named in the pid file must
 * be a {@code postgres} whose command line names this data directory (a pid file left from before a reboot may name a
 * process that has nothing to do with us now).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isPostmasterOf(p, dataDirectory))
                .ifPresent(OrphanedPostmaster::stop);
    }

    static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        boolean postgres = process.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        String commandLine = commandLine(process);
        return postgres
                && (commandLine.contains(dataDirectory.toAbsolutePath().toString())
                        || commandLine.contains(
                                dataDirectory.toAbsolutePath().normalize().toString()));
    }

    /** The process's arguments as the system reports them (on Linux {@code /proc/<pid>/cmdline}). */
    private static String commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
            }
        } catch (IOException e) {
            return "";
        }
        return process.info().commandLine().orElse("");
    }

    private static void stop(ProcessHandle process) {
        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
