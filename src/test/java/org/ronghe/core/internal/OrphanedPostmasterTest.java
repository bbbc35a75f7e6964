package org.ronghe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seen from outside: the start-up guard killed any process whose command line contained "postgres", without looking at
 * its data directory. A process called postgres that serves another directory is left alone; ours is stopped.
 */
class OrphanedPostmasterTest {

    @TempDir
    Path dir;

    @Test
    void stopsOnlyAPostgresServingThisDataDirectory() throws Exception {
        Path fake = dir.resolve("bin/postgres");
        Files.createDirectories(fake.getParent());
        Files.copy(Path.of("/bin/sleep"), fake, StandardCopyOption.COPY_ATTRIBUTES);
        Path ours = Files.createDirectories(dir.resolve("data/postgres"));
        Process stranger = new ProcessBuilder(fake.toString(), "300").start();
        Process orphan =
                new ProcessBuilder(fake.toString(), "300", ours.toAbsolutePath().toString()).start();
        try {
            Files.writeString(ours.resolve("postmaster.pid"), stranger.pid() + "\n" + ours + "\n");
            OrphanedPostmaster.stopIfRunning(ours);
            assertThat(stranger.isAlive()).isTrue();

            Files.writeString(ours.resolve("postmaster.pid"), orphan.pid() + "\n" + ours + "\n");
            OrphanedPostmaster.stopIfRunning(ours);
            assertThat(orphan.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
            orphan.destroyForcibly();
        }
    }
}
