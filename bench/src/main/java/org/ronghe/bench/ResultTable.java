package org.ronghe.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ronghe.bench.Stats.PathTime;

/**
 * Prints scenario results as a table (latencies in ms) with each p95 target beside its figure, then
 * any errors and the slowest paths of each scenario.
 */
final class ResultTable {

    private static final int SLOWEST = 3;
    private static final int MIN_REQUESTS = 3;
    private static final String ROW = "%-28s %8s %6s %8s %7s %7s %7s %7s %7s  %s";

    private ResultTable() {
    }

    static void print(Report report, List<Stats> results) {
        report.line(ROW, "scenario", "requests", "errors", "req/s", "p50", "p95", "p99", "max", "avg KB",
                "target (p95)");
        for (Stats stats : results) {
            report.line(ROW, stats.scenario().name(), stats.requests(), stats.errors(),
                    format("%.1f", stats.throughputPerSecond()), ms(stats.percentileMs(50)), ms(stats.percentileMs(95)),
                    ms(stats.percentileMs(99)), ms(stats.maxMs()), format("%.1f", stats.averageKilobytes()),
                    target(stats));
        }
        results.stream().filter(s -> s.errors() > 0).forEach(s ->
                s.errorExamples().forEach(example -> report.line("  error in %s: %s", s.scenario().name(), example)));
        report.line("slowest paths by mean latency (requested at least %d times):", MIN_REQUESTS);
        for (Stats stats : results) {
            report.line("  %-28s %s", stats.scenario().name(), stats.slowestPaths(SLOWEST, MIN_REQUESTS).stream()
                    .map(ResultTable::describe).collect(Collectors.joining("; ")));
        }
    }

    private static String describe(PathTime path) {
        return format("%s %.1f ms (%dx)", URLDecoder.decode(path.path(), StandardCharsets.UTF_8), path.meanMs(),
                path.requests());
    }

    private static String target(Stats stats) {
        Double target = stats.scenario().targetP95Ms();
        if (target == null) {
            return "";
        }
        boolean met = stats.percentileMs(95) <= target;
        return format("<= %.0f ms: %s", target, met ? "met" : "NOT met");
    }

    private static String ms(double millis) {
        return format("%.1f", millis);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
