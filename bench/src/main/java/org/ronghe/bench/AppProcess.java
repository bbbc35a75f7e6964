package org.ronghe.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The app run as a child JVM (the command comes from {@link Launch}), serving on 127.0.0.1 with its
 * data in one directory, without demo data unless asked: start and time until healthy, call admin
 * operations, stop with SIGTERM. Each run logs to {@code <data dir>/../app-<label>.log}.
 */
final class AppProcess {

    static final String ADMIN_TOKEN = "rh_bench_0123456789abcdef0123456789abcdef";
    /** The bootstrap platform admin's account, given its password at first start. */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "Bench-Admin-2026";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SPRING_STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    private final Path dataDir;
    private final int port;
    private final boolean demo;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Path log;

    AppProcess(Path dataDir, int port, boolean demo) {
        this.dataDir = dataDir;
        this.port = port;
        this.demo = demo;
    }

    /** Launches the app and waits for {@code /actuator/health} to be UP; returns the time from launch. */
    synchronized Duration start(String label, List<String> command) throws IOException, InterruptedException {
        long launched = System.nanoTime();
        process = launch(label, command);
        awaitHealthy();
        return Duration.ofNanos(System.nanoTime() - launched);
    }

    /** Runs a command that exits by itself (e.g. a CDS training run) with the app's environment. */
    synchronized void runToExit(String label, List<String> command) throws IOException, InterruptedException {
        Process run = launch(label, command);
        if (!run.waitFor(10, TimeUnit.MINUTES)) {
            run.destroyForcibly().waitFor();
        }
        if (run.exitValue() != 0) {
            throw new IllegalStateException(label + " exited with " + run.exitValue() + "; see " + log);
        }
    }

    private Process launch(String label, List<String> command) throws IOException {
        log = dataDir.resolveSibling("app-" + label + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("RONGHE_DATA_DIR", dataDir.toString(),
                "RONGHE_DEMO", Boolean.toString(demo), "RONGHE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "RONGHE_ADMIN_TOKEN", ADMIN_TOKEN, "SERVER_PORT", Integer.toString(port), "SERVER_ADDRESS", "127.0.0.1"));
        return builder.start();
    }

    /** SIGTERM, then waits for the app (which stops its embedded PostgreSQL) to exit. */
    synchronized void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Rebuilds the search index through the admin API; returns how long the call took. */
    Duration rebuildSearchIndex() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/admin/search-index")).timeout(Duration.ofHours(3))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("index rebuild answered " + response.statusCode() + ": " + response.body());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** How many organisations the search index holds: the total of an unfiltered organisation search. */
    long indexedOrganisations() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/organisations?size=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(response.body());
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    /**
     * Signs in as the admin with the login form, as a browser does (pages take no bearer token): the form's CSRF
     * token and session cookie, then the post; returns the {@code Cookie} header of the signed-in session.
     */
    String signIn() throws IOException, InterruptedException {
        return signIn(ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /** The secretariat of a body, created by the admin (once per data directory), for its workbench. */
    String signInAsSecretariatOf(long bodyId) throws IOException, InterruptedException {
        return signInAsNew("bench-secretariat-" + bodyId, "\"role\":\"SECRETARIAT\",\"bodyId\":" + bodyId);
    }

    /** The admin of an enterprise, created by the admin (once per data directory), for its workbench. */
    String signInAsAdminOf(long organisationId) throws IOException, InterruptedException {
        return signInAsNew("bench-admin-" + organisationId,
                "\"role\":\"ORGANISATION_ADMIN\",\"organisationId\":" + organisationId);
    }

    private String signInAsNew(String username, String grant) throws IOException, InterruptedException {
        String json = "{\"username\":\"" + username + "\",\"displayName\":\"合成用户\",\"password\":\""
                + ADMIN_PASSWORD + "\"," + grant + "}";
        http.send(HttpRequest.newBuilder(uri("/api/v1/accounts")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.discarding());
        return signIn(username, ADMIN_PASSWORD);
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token in the login page");
        }
        String fields = Map.of("username", username, "password", password, "_csrf", csrf.group(1))
                .entrySet().stream().map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + ADMIN_USERNAME + " failed: HTTP " + response.statusCode()
                    + " to " + location);
        }
        return cookies.getCookieStore().get(uri("/")).stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    long pid() {
        return process.pid();
    }

    /** Where the synthetic data goes: the embedded PostgreSQL's superuser on the port of its {@code postmaster.pid}. */
    record Database(int port, String superuserPassword) {
    }

    /** The embedded PostgreSQL: its port (line 4 of {@code postmaster.pid}) and the superuser's password, which the app keeps in {@code keys/}. */
    Database database() throws IOException {
        java.util.Properties keys = new java.util.Properties();
        try (var in = Files.newInputStream(dataDir.resolve("keys").resolve("database.properties"))) {
            keys.load(in);
        }
        return new Database(Integer.parseInt(postmasterLines().get(3).strip()), keys.getProperty("superuser-password"));
    }

    /** The embedded PostgreSQL's main process id, line 1 of its {@code postmaster.pid}. */
    long postmasterPid() throws IOException {
        return Long.parseLong(postmasterLines().get(0).strip());
    }

    /** The start-up time Spring Boot logged ("Started ... in N seconds"), if it did. */
    Optional<String> springReportedStartup() throws IOException {
        Matcher matcher = SPRING_STARTED.matcher(Files.readString(log));
        return matcher.find() ? Optional.of(matcher.group(1) + " s") : Optional.empty();
    }

    Path log() {
        return log;
    }

    /** The java launcher of the JVM running the bench, so the app runs on the same JDK. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private List<String> postmasterLines() throws IOException {
        return Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
    }

    private void awaitHealthy() throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ": " + cause()
                        + "; see " + log);
            }
            if (isUp(health)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app was not healthy within " + READY_TIMEOUT + "; see " + log);
    }

    /** The first exception message in the log, to say why the app did not start. */
    private String cause() {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.matches("^[\\w.$]+(Exception|Error): .*")).findFirst()
                    .orElse("(no exception logged)");
        } catch (IOException e) {
            return "(log unreadable)";
        }
    }

    private boolean isUp(HttpRequest health) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
