package org.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark: starts the app on a fresh data directory, loads synthetic data at the chosen scale,
 * rebuilds the search index, restarts the app to time start-up with the data in place (plain jar,
 * then extracted with a CDS archive; the scenarios run against the latter), warms up,
 * measures the scenarios and the memory of the app and its database. Prints figures (and writes
 * them to {@code bench/target/latest.txt}); never asserts them.
 */
public final class Bench {

    private static final double STARTUP_TARGET_S = 15;

    private final Options options;
    private final Report report = new Report();
    private final AppProcess app;
    /** The enterprise whose workbench is measured: the one with the most internships. */
    private Long employerId;

    private Bench(Options options) {
        this.options = options;
        this.app = new AppProcess(options.dataDir(), options.port(), options.demo());
    }

    public static void main(String[] args) throws Exception {
        new Bench(Options.parseOrExit(args)).run();
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopApp));
        long start = System.nanoTime();
        try {
            describeSetup();
            List<Long> bodyIds = prepareData();
            measureRestart();
            ResultTable.print(report, measureScenarios(bodyIds));
            if (options.crowd() > 0) {
                ResultTable.print(report, measureCrowd(bodyIds));
            }
            printMemory();
            if (options.rosterRows() > 0) {
                new RosterBench(app::uri, report).run(options.rosterRows());
                report.line("%-28s %s", "app JVM after the roster", ProcessMemory.of(app.pid()));
            }
            if (options.studentRows() > 0) {
                new StudentImportBench(app::uri, app.database(), report).run(options.studentRows());
                report.line("%-28s %s", "app JVM after the students", ProcessMemory.of(app.pid()));
            }
        } finally {
            stopApp();
            report.line("");
            report.line("bench took %s", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
            report.writeTo(options.output());
            System.out.println("\nwritten to " + options.output());
        }
    }

    private void describeSetup() throws IOException, InterruptedException {
        report.line("Ronghe benchmark, %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        Machine.describe(report);
        report.line("scale        %,d organisations, %,d bodies, %,d memberships, %,d agreements, %,d obligations, "
                        + "%,d students, %,d internships", options.organisations(), options.bodies(), options.memberships(),
                options.agreements(), options.obligations(), options.students(), options.internships());
        report.line("load         %,d requests per scenario after %,d warm-up, %d concurrent workers, loopback",
                options.requests(), options.warmup(), options.concurrency());
        report.line("app          %s, built %s; repository at %s", options.jar().getFileName(),
                Files.getLastModifiedTime(options.jar()), Machine.repositoryHead());
    }

    /** First start on an empty (or kept) data directory, data load and index rebuild; returns the body ids. */
    private List<Long> prepareData() throws Exception {
        Workspace.prepare(options);
        report.section("first start");
        report.line("ready after  %s (Spring: %s)", Report.seconds(app.start("first-start", Launch.plain(Workspace.appJar(options)))), springStartup());
        try (SyntheticData data = new SyntheticData(app.database(), report)) {
            if (data.present()) {
                report.line("synthetic data already present (--keep-data): not loaded again");
            } else {
                report.section("data load");
                data.load(options);
                rebuildSearchIndex();
            }
            data.printCounts();
            data.printSamples();
            List<Long> bodyIds = data.bodyIds();
            if (!bodyIds.isEmpty()) {
                data.printAgreements(bodyIds.get(0));
                data.printTalent(bodyIds.get(0));
                employerId = data.busiestEmployer();
            }
            return bodyIds;
        }
    }

    private void rebuildSearchIndex() throws IOException, InterruptedException {
        String outcome;
        try {
            outcome = Report.seconds(app.rebuildSearchIndex());
        } catch (IllegalStateException e) {
            outcome = "FAILED, " + e.getMessage() + " (see " + app.log() + ")";
        }
        report.line("  %-40s %s", "search index rebuild (admin API)", outcome);
    }

    /** Restarts with the data in place, first with {@code java -jar}, then extracted with a CDS archive. */
    private void measureRestart() throws Exception {
        report.section("restart with the data in place");
        app.stop();
        restart("java -jar", "restart", Launch.plain(Workspace.appJar(options)));
        app.stop();
        long preparing = System.nanoTime();
        List<String> cds = Launch.withCds(Workspace.appJar(options), Workspace.extracted(options), app);
        report.line("  (extracting the jar and the CDS training run took %s)",
                Report.seconds(Duration.ofNanos(System.nanoTime() - preparing)));
        restart("extracted + CDS", "restart-cds", cds);
        report.line("search index %,d organisations (total of an unfiltered search)", app.indexedOrganisations());
        report.line("%-28s %s", "app JVM, idle after start", ProcessMemory.of(app.pid()));
    }

    private void restart(String how, String label, List<String> command) throws Exception {
        Duration ready = app.start(label, command);
        report.line("%-16s ready after %s (Spring: %s); target <= %.0f s: %s", how, Report.seconds(ready),
                springStartup(), STARTUP_TARGET_S, ready.toMillis() <= STARTUP_TARGET_S * 1000 ? "met" : "NOT met");
    }

    private List<Stats> measureScenarios(List<Long> bodyIds) throws IOException, InterruptedException {
        List<Scenario> scenarios = Scenario.all(bodyIds, app.signIn(), app.signInAsSecretariatOf(bodyIds.get(0)),
                employerId == null ? null : app.signInAsAdminOf(employerId));
        if (options.warmup() > 0) {
            warmUp(scenarios);
        }
        report.section("scenarios (latencies in ms)");
        report.line("load average before: %s", Machine.loadAverage());
        LoadDriver measure = new LoadDriver(app::uri, options.concurrency(), 2);
        List<Stats> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(measure.run(scenario, options.requests()));
        }
        report.line("load average after:  %s (1 / 5 / 15 min; %d CPUs)", Machine.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        return results;
    }

    /** The body page with a crowd of clients at once; its warm-up as long as the measurement (pages get cached). */
    private List<Stats> measureCrowd(List<Long> bodyIds) throws IOException, InterruptedException {
        Scenario crowd = Scenario.crowd(bodyIds, options.crowd());
        report.section("crowd: " + crowd.name() + " (latencies in ms)");
        new LoadDriver(app::uri, options.crowd(), 3).run(crowd, options.crowdRequests());
        report.line("load average before: %s", Machine.loadAverage());
        Stats stats = new LoadDriver(app::uri, options.crowd(), 4).run(crowd, options.crowdRequests());
        report.line("load average after:  %s", Machine.loadAverage());
        return List.of(stats);
    }

    private void warmUp(List<Scenario> scenarios) throws InterruptedException {
        report.section("warm-up");
        LoadDriver driver = new LoadDriver(app::uri, options.concurrency(), 1);
        for (Scenario scenario : scenarios) {
            Stats stats = driver.run(scenario, options.warmup());
            report.line("  %-28s %,d requests, %d errors, p50 %.1f ms", scenario.name(), stats.requests(),
                    stats.errors(), stats.percentileMs(50));
        }
    }

    private void printMemory() throws IOException {
        report.section("memory after the scenarios");
        report.line("%-28s %s", "app JVM", ProcessMemory.of(app.pid()));
        report.line("%-28s %s", "embedded PostgreSQL", ProcessMemory.ofTree(app.postmasterPid()));
    }

    private String springStartup() throws IOException {
        return app.springReportedStartup().orElse("not logged");
    }

    private void stopApp() {
        try {
            app.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
