package org.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Memory of processes as Linux reports it in {@code /proc}: resident set (VmRSS), its peak (VmHWM)
 * and proportional set size (Pss, shared pages divided among their sharers), in kilobytes; 0 when
 * unreadable.
 */
record ProcessMemory(int processes, long rssKb, long peakRssKb, long pssKb) {

    static ProcessMemory of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> status = lines(proc.resolve("status"));
        return new ProcessMemory(1, field(status, "VmRSS:"), field(status, "VmHWM:"),
                field(lines(proc.resolve("smaps_rollup")), "Pss:"));
    }

    /** The process and all its descendants, summed (RSS double-counts shared memory; PSS does not). */
    static ProcessMemory ofTree(long pid) {
        return Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                        .map(ProcessHandle::pid))
                .distinct().map(ProcessMemory::of).reduce(new ProcessMemory(0, 0, 0, 0), ProcessMemory::plus);
    }

    ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(processes + other.processes, rssKb + other.rssKb, peakRssKb + other.peakRssKb,
                pssKb + other.pssKb);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RSS %s (peak %s), PSS %s, %d process(es)", Report.megabytes(rssKb),
                Report.megabytes(peakRssKb), Report.megabytes(pssKb), processes);
    }

    private static long field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Long.parseLong(l.substring(name.length()).replace("kB", "").strip())).orElse(0L);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
