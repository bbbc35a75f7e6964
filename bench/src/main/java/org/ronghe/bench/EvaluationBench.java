package org.ronghe.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 17's figures: starts the app on its own data directory, loads the synthetic data of {@link Bench} (the first
 * synthetic body holds the 50,000 agreements and 1,000,000 students) and three years of graded evaluations of every
 * other synthetic body, then through the API as the platform admin: opens last year's self-assessment of the first body
 * (every figure computed from the records) and reads it again and again (each read recomputes the live figures),
 * generates its annual report in each format, submits it (the figures freeze), and measures the region view of all
 * bodies over three years at two workers. Prints figures (and writes them to {@code bench/target/evaluation.txt});
 * never asserts them.
 */
public final class EvaluationBench {

    private static final double EVALUATION_TARGET_S = 5;
    private static final double REPORT_TARGET_S = 15;
    private static final double OVERVIEW_TARGET_MS = 200;
    private static final int OVERVIEW_WORKERS = 2;
    private static final int YEARS = 3;
    private static final int REPEATS = 5;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final Options options;
    private final Report report = new Report();
    private final AppProcess app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int year = Year.now().getValue() - 1;

    private EvaluationBench(Options options) {
        this.options = options;
        this.app = new AppProcess(options.dataDir(), options.port(), false);
    }

    public static void main(String[] args) throws Exception {
        new EvaluationBench(Options.parseOrExit(args)).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path output = options.output().resolveSibling("evaluation.txt");
        try {
            report.line("Ronghe evaluation benchmark, %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            Machine.describe(report);
            report.line("app          %s; repository at %s", options.jar().getFileName(), Machine.repositoryHead());
            long bodyId = prepareData();
            long evaluationId = evaluate(bodyId);
            reports(evaluationId);
            submit(evaluationId);
            overview();
            report.section("memory");
            report.line("%-28s %s", "app JVM", ProcessMemory.of(app.pid()));
            report.line("%-28s %s", "embedded PostgreSQL", ProcessMemory.ofTree(app.postmasterPid()));
        } finally {
            app.stop();
            report.line("");
            report.line("bench took %s", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
            report.writeTo(output);
            System.out.println("\nwritten to " + output);
        }
    }

    /** First start, the synthetic data and the other bodies' evaluations; returns the first synthetic body. */
    private long prepareData() throws Exception {
        Workspace.prepare(options);
        report.section("first start and data");
        report.line("ready after  %s", Report.seconds(app.start("evaluation-first-start", Launch.plain(Workspace.appJar(options)))));
        try (SyntheticData data = new SyntheticData(app.database(), report)) {
            if (data.present()) {
                report.line("synthetic data already present (--keep-data): not loaded again");
            } else {
                data.load(options);
                data.loadEvaluations(YEARS, year);
            }
            List<Long> bodyIds = data.bodyIds();
            data.forgetEvaluationsOf(bodyIds.get(0));
            data.printAgreements(bodyIds.get(0));
            data.printTalent(bodyIds.get(0));
            data.printEvaluations();
            return bodyIds.get(0);
        }
    }

    /** Opens the body's self-assessment and reads it {@value #REPEATS} times. */
    private long evaluate(long bodyId) throws Exception {
        report.section("the first body's " + year + " self-assessment (every figure computed from the records)");
        long framework = frameworkFor(bodyId);
        long opening = System.nanoTime();
        HttpResponse<String> opened = send(json("POST", "/api/v1/evaluations",
                "{\"bodyId\":" + bodyId + ",\"year\":" + year + ",\"frameworkId\":" + framework + "}"));
        report.line("  %-44s %s (HTTP %d)", "open (computes and shows every figure)", seconds(opening), opened.statusCode());
        Matcher created = ID.matcher(opened.body());
        if (opened.statusCode() != 201 || !created.find()) {
            throw new IllegalStateException("could not open the evaluation: " + opened.body());
        }
        long id = Long.parseLong(created.group(1));
        timed("read (recomputes every live figure)", "/api/v1/evaluations/" + id, EVALUATION_TARGET_S);
        return id;
    }

    private void reports(long id) throws Exception {
        report.section("annual report of that evaluation");
        for (String format : List.of("docx", "pdf", "xlsx")) {
            timed("report ." + format, "/api/v1/evaluations/" + id + "/report." + format, REPORT_TARGET_S);
        }
    }

    private void submit(long id) throws Exception {
        report.section("submission (the figures freeze)");
        String body = send(get("/api/v1/evaluations/" + id)).body();
        Matcher version = VERSION.matcher(body);
        version.find(); // the evaluation's own comes first, after its id
        long submitting = System.nanoTime();
        HttpResponse<String> submitted = send(json("POST", "/api/v1/evaluations/" + id + "/submit",
                "{\"version\":" + version.group(1) + "}"));
        report.line("  %-44s %s (HTTP %d)", "submit", seconds(submitting), submitted.statusCode());
        timed("read after submission (frozen, and changed since)", "/api/v1/evaluations/" + id, EVALUATION_TARGET_S);
    }

    /** The region view of all bodies (the platform admin sees all) over {@value #YEARS} years: API and page. */
    private void overview() throws Exception {
        String query = "from=" + (year - YEARS + 1) + "&to=" + year;
        report.section("region view, " + OVERVIEW_WORKERS + " workers (latencies in ms)");
        String cookie = app.signIn();
        List<Scenario> scenarios = List.of(
                new Scenario("region view, all bodies (API)", r -> "/api/v1/evaluations/overview?" + query + "&page="
                        + r.nextInt(10), OVERVIEW_TARGET_MS, Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)),
                new Scenario("region view, all bodies (page)", r -> "/evaluations/overview?" + query + "&page="
                        + r.nextInt(10), OVERVIEW_TARGET_MS, Map.of("Cookie", cookie)),
                new Scenario("region view, Anhui (API)", r -> "/api/v1/evaluations/overview?region=340000&" + query,
                        OVERVIEW_TARGET_MS, Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)));
        for (String region : List.of("", "region=340000&")) {
            Matcher total = Pattern.compile("\"size\":\\d+,\"total\":(\\d+)").matcher(
                    send(get("/api/v1/evaluations/overview?" + region + query)).body());
            report.line("  %-44s %s bodies in view", region.isEmpty() ? "all bodies" : "Anhui (340000)",
                    total.find() ? total.group(1) : "?");
        }
        LoadDriver warmUp = new LoadDriver(app::uri, OVERVIEW_WORKERS, 1);
        for (Scenario scenario : scenarios) {
            warmUp.run(scenario, options.warmup());
        }
        LoadDriver measure = new LoadDriver(app::uri, OVERVIEW_WORKERS, 2);
        List<Stats> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(measure.run(scenario, options.requests()));
        }
        ResultTable.print(report, results);
    }

    /** Sends the GET {@value #REPEATS} times, printing the first (cold) and the median and slowest of the rest. */
    private void timed(String label, String path, double targetSeconds) throws Exception {
        List<Long> times = new ArrayList<>();
        int status = 0;
        long bytes = 0;
        for (int i = 0; i <= REPEATS; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(get(path), HttpResponse.BodyHandlers.ofByteArray());
            times.add(System.nanoTime() - start);
            status = response.statusCode();
            bytes = response.body().length;
        }
        List<Long> warm = times.subList(1, times.size()).stream().sorted().toList();
        double median = warm.get(warm.size() / 2) / 1e9;
        report.line("  %-44s first %.2f s, then median %.2f s, slowest %.2f s of %d; %,d bytes (HTTP %d); "
                        + "target <= %.0f s: %s", label, times.get(0) / 1e9, median, warm.get(warm.size() - 1) / 1e9,
                REPEATS, bytes, status, targetSeconds, median <= targetSeconds ? "met" : "NOT met");
    }

    private long frameworkFor(long bodyId) throws Exception {
        String body = send(get("/api/v1/bodies/" + bodyId)).body();
        String code = body.contains("\"kind\":\"CITY_CONSORTIUM\"") ? "city-consortium" : "industry-community";
        String frameworks = send(get("/api/v1/frameworks?size=100")).body();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"code\":\"" + code + "\"").matcher(frameworks);
        if (!m.find()) {
            throw new IllegalStateException("no framework " + code + " in " + frameworks);
        }
        report.line("  framework %s (id %s), year %d", code, m.group(1), year);
        return Long.parseLong(m.group(1));
    }

    private HttpRequest get(String path) {
        return request(path).timeout(Duration.ofMinutes(10)).GET().build();
    }

    private HttpRequest json(String method, String path, String body) {
        return request(path).timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path) {
        URI uri = app.uri(path);
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
