package org.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits until a process is idle: after a search index rebuild, Lucene goes on merging segments (and rebuilding their
 * vector graphs) in the background for a while; latencies measured meanwhile measure the merges, not the steady state.
 */
final class Settle {

    /** CPU time (utime + stime) in clock ticks, as /proc reports it. */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * Returns how long the process took to use less than a tenth of a core over five seconds, or the limit if it never
     * did.
     */
    static Duration idle(long pid, Duration limit) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long window = 5_000;
        long ticks = cpuTicks(pid);
        while (System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(window);
            long now = cpuTicks(pid);
            // clock ticks are 1/100 s on Linux: under 50 ticks in 5 s is under a tenth of a core
            if (now - ticks < window / 100) {
                break;
            }
            ticks = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Settle() {}
}
