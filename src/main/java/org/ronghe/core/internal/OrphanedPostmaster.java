package org.ronghe.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed with {@code kill -9} the embedded postmaster keeps running and holds
 * {@code postmaster.pid}, so the next start would fail. This stops such a leftover server.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

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
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres)
                .ifPresent(OrphanedPostmaster::stop);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
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
