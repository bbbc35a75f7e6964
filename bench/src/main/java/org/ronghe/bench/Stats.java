package org.ronghe.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The outcome of one measured scenario: each request's path and latency (nanoseconds), errors with
 * a few examples, response bytes and wall time; percentiles by nearest rank.
 */
record Stats(Scenario scenario, String[] paths, long[] latenciesNanos, int errors, List<String> errorExamples,
             long bytes, long wallNanos) {

    /** A path's mean latency over its requests. */
    record PathTime(String path, int requests, double meanMs) {
    }

    int requests() {
        return latenciesNanos.length;
    }

    double throughputPerSecond() {
        return requests() / (wallNanos / 1e9);
    }

    /** The p-th percentile in milliseconds (nearest rank), 0 &lt; p &le; 100. */
    double percentileMs(double p) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }

    double averageKilobytes() {
        return requests() == 0 ? 0 : bytes / 1024.0 / requests();
    }

    /** The paths with the highest mean latency, among those requested at least {@code minRequests} times. */
    List<PathTime> slowestPaths(int count, int minRequests) {
        Map<String, List<Integer>> byPath = IntStream.range(0, paths.length).boxed()
                .collect(Collectors.groupingBy(i -> paths[i]));
        return byPath.entrySet().stream().filter(e -> e.getValue().size() >= minRequests)
                .map(e -> new PathTime(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(i -> latenciesNanos[i]).average().orElse(0) / 1e6))
                .sorted(Comparator.comparingDouble(PathTime::meanMs).reversed()).limit(count).toList();
    }
}
