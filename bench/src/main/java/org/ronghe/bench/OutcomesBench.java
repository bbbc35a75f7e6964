package org.ronghe.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 18's figures: starts the app on its own data directory, loads a small synthetic directory (the bodies and
 * members of {@link Bench}, scaled down by the script) and, in the first synthetic body, R&D projects with their
 * tranches and outputs and worker training (courses, sessions, enrolments, certificates), then measures that body's
 * R&D and training dashboards, page and API, and the first page of records behind a figure, at two workers. Prints
 * figures (and writes them to {@code bench/target/outcomes.txt}); never asserts them.
 */
public final class OutcomesBench {

    private static final double DASHBOARD_TARGET_MS = 100;
    private static final double RECORDS_TARGET_MS = 200;
    private static final int WORKERS = 2;

    private final Options options;
    private final int projects;
    private final int tranches;
    private final int enrolments;
    private final Report report = new Report();
    private final AppProcess app;

    private OutcomesBench(Options options, int projects, int tranches, int enrolments) {
        this.options = options;
        this.projects = projects;
        this.tranches = tranches;
        this.enrolments = enrolments;
        this.app = new AppProcess(options.dataDir(), options.port(), false);
    }

    /** {@code --projects N --tranches N --enrolments N} and {@link Options}' own. */
    public static void main(String[] args) throws Exception {
        Map<String, Integer> own = new java.util.HashMap<>(
                Map.of("projects", 100_000, "tranches", 500_000, "enrolments", 2_000_000));
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (own.containsKey(name) && i + 1 < args.length) {
                own.put(name, Integer.parseInt(args[++i]));
            } else {
                rest.add(args[i]);
            }
        }
        new OutcomesBench(
                        Options.parseOrExit(rest.toArray(String[]::new)),
                        own.get("projects"),
                        own.get("tranches"),
                        own.get("enrolments"))
                .run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path output = options.output().resolveSibling("outcomes.txt");
        try {
            report.line("Ronghe R&D and training benchmark, %s",
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            Machine.describe(report);
            report.line("app          %s; repository at %s", options.jar().getFileName(), Machine.repositoryHead());
            long bodyId = prepareData();
            measure(bodyId);
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

    private long prepareData() throws Exception {
        Workspace.prepare(options);
        report.section("first start and data");
        report.line("ready after  %s", Report.seconds(app.start("outcomes-first-start", Launch.plain(Workspace.appJar(options)))));
        try (SyntheticData data = new SyntheticData(app.database(), report)) {
            if (data.present()) {
                report.line("synthetic data already present (--keep-data): not loaded again");
            } else {
                data.load(options);
                data.loadOutcomes(projects, tranches, enrolments);
            }
            long bodyId = data.bodyIds().get(0);
            data.printOutcomes(bodyId);
            return bodyId;
        }
    }

    private void measure(long bodyId) throws Exception {
        report.section("dashboards of the first synthetic body, " + WORKERS + " workers (latencies in ms)");
        String cookie = app.signIn();
        Map<String, String> token = Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN);
        Map<String, String> session = Map.of("Cookie", cookie);
        String body = "bodyId=" + bodyId;
        List<Scenario> scenarios = List.of(
                new Scenario("R&D dashboard (API)", r -> "/api/v1/projects/figures?" + body, DASHBOARD_TARGET_MS, token),
                new Scenario("R&D dashboard (page)", r -> "/projects/dashboard?" + body, DASHBOARD_TARGET_MS, session),
                new Scenario("training dashboard (API)", r -> "/api/v1/trainings/figures?" + body, DASHBOARD_TARGET_MS,
                        token),
                new Scenario("training dashboard (page)", r -> "/trainings/dashboard?" + body, DASHBOARD_TARGET_MS,
                        session),
                new Scenario("tranches of a month (API)", r -> "/api/v1/projects/figures/tranches?confirmed=true&" + body
                        + "&month=" + month(r), RECORDS_TARGET_MS, token),
                new Scenario("completions of a month (page)", r -> "/trainings/completions?" + body + "&month="
                        + month(r), RECORDS_TARGET_MS, session));
        LoadDriver warmUp = new LoadDriver(app::uri, WORKERS, 1);
        for (Scenario scenario : scenarios) {
            warmUp.run(scenario, options.warmup());
        }
        LoadDriver driver = new LoadDriver(app::uri, WORKERS, 2);
        List<Stats> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(driver.run(scenario, options.requests()));
        }
        ResultTable.print(report, results);
    }

    /** A month of the synthetic data's four years. */
    private static String month(java.util.Random random) {
        return String.format("%d-%02d", 2022 + random.nextInt(4), 1 + random.nextInt(12));
    }
}
