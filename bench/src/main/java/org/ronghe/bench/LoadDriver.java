package org.ronghe.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Sends exactly {@code requests} GETs of a scenario (with its headers) to the app from a fixed pool of
 * workers, each waiting for a response before sending its next (closed loop); times every request.
 * Non-200 answers (a redirect to the login page too: redirects are not followed) and I/O failures count
 * as errors.
 */
final class LoadDriver {

    private static final int ERROR_EXAMPLES = 5;

    private final Function<String, URI> uris;
    private final int concurrency;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadDriver(Function<String, URI> uris, int concurrency, long seed) {
        this.uris = uris;
        this.concurrency = concurrency;
        this.seed = seed;
    }

    Stats run(Scenario scenario, int requests) throws InterruptedException {
        Run run = new Run(scenario, requests);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int worker = 0; worker < concurrency; worker++) {
            Random random = new Random(seed * 31 + worker);
            pool.execute(() -> run.work(random));
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            pool.shutdownNow();
        }
        return new Stats(scenario, run.paths, run.latencies, run.errors.get(), List.copyOf(run.examples),
                run.bytes.get(), System.nanoTime() - start);
    }

    /** The shared state of one scenario's workers. */
    private final class Run {

        private final Scenario scenario;
        private final String[] paths;
        private final long[] latencies;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private final List<String> examples = Collections.synchronizedList(new ArrayList<>());

        Run(Scenario scenario, int requests) {
            this.scenario = scenario;
            this.paths = new String[requests];
            this.latencies = new long[requests];
        }

        void work(Random random) {
            for (int i = next.getAndIncrement(); i < latencies.length; i = next.getAndIncrement()) {
                String path = scenario.path().apply(random);
                paths[i] = path;
                HttpRequest.Builder request = HttpRequest.newBuilder(uris.apply(path)).timeout(Duration.ofMinutes(1));
                scenario.headers().forEach(request::header);
                long start = System.nanoTime();
                String failure = send(request.build());
                latencies[i] = System.nanoTime() - start;
                if (failure != null) {
                    error(path + " -> " + failure);
                }
            }
        }

        /** Sends the request and reads the whole body; returns what went wrong, or null. */
        private String send(HttpRequest request) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                bytes.addAndGet(response.body().length);
                return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        private void error(String description) {
            if (errors.incrementAndGet() <= ERROR_EXAMPLES) {
                examples.add(description);
            }
        }
    }
}
