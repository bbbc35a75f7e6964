package org.ronghe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the figures were measured on: CPUs, memory, OS, JDK, the JVM's default flags for the app, and
 * the repository's commit.
 */
final class Machine {

    private Machine() {
    }

    static void describe(Report report) throws IOException, InterruptedException {
        report.line("machine      %d CPUs, %s RAM, %s %s (%s)", Runtime.getRuntime().availableProcessors(),
                Report.megabytes(memTotalKb()), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        report.line("jdk          %s %s", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
        report.line("app JVM      defaults, no flags; ergonomics chose: %s", defaultFlags());
    }

    /**
     * The load averages over 1, 5 and 15 minutes: above the number of CPUs, something else competed
     * with the app and the load driver.
     */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return String.join(" / ", fields[0], fields[1], fields[2]);
    }

    /** The commit checked out in the repository the bench belongs to ({@code git log -1}, read-only). */
    static String repositoryHead() throws IOException, InterruptedException {
        return firstLine(new ProcessBuilder("git", "-C", System.getProperty("bench.root", "."), "log", "-1",
                "--format=%h %s"), "").orElse("(unknown)");
    }

    /** What {@code java -XX:+PrintCommandLineFlags} prints with no other flags on this machine. */
    private static String defaultFlags() throws IOException, InterruptedException {
        return firstLine(new ProcessBuilder(AppProcess.javaCommand(), "-XX:+PrintCommandLineFlags", "-version"), "-XX")
                .orElse("(unknown)").replace("-XX:+PrintCommandLineFlags", "").replaceAll("\\s+", " ").strip();
    }

    /** The first line of the command's output that starts with {@code prefix}. */
    private static Optional<String> firstLine(ProcessBuilder command, String prefix)
            throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst();
    }

    private static long memTotalKb() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
        return lines.stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
    }
}
