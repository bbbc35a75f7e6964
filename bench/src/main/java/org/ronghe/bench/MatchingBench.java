package org.ronghe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Docking's matching at scale: starts the app on an empty data directory, measures the background embedding of texts
 * posted through the API, then loads {@code --capabilities} (1,000,000) capabilities and {@code --needs} (100,000)
 * needs of synthetic but plausible Chinese text straight into the database, rebuilds the search index, and measures a
 * need's top-10 capabilities and a capability's top-10 needs through the API at {@code --concurrency} (2) workers;
 * prints the index size and the app's memory. Embedding a million texts would take over an hour, so the loaded items'
 * vectors are composed: each text joins three phrases (a material or process, a technique, a goal), each phrase was
 * embedded by the app's model, and the item's vector is their normalised sum with a little noise — the vector search
 * sees the dimensions, count and clustering of real data. Prints figures; asserts nothing.
 * {@code bench/matching.sh [--capabilities N] [--needs N] [--requests N] [--warmup N] [--concurrency N]
 * [--settle-minutes N] [--recall-queries N] [--reuse true]}.
 */
public final class MatchingBench {

    private static final int DIMENSIONS = 512;
    private static final int BATCH = 1_000;
    private static final double TARGET_P95_MS = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Report report = new Report();
    private final Map<String, String> options;
    private final AppProcess app;
    private final Path dataDir;
    private final Path jar;
    private final Random random = new Random(20261206);
    private final Map<String, float[]> phraseVectors = new HashMap<>();
    private String model;

    private MatchingBench(Map<String, String> options, Path root) {
        this.options = options;
        this.dataDir = root.resolve(options.getOrDefault("data-dir", "bench/target/matching-data"));
        this.jar = root.resolve(options.getOrDefault("jar", "target/ronghe-0.1.0-SNAPSHOT.jar"));
        this.app = new AppProcess(dataDir, Integer.parseInt(options.getOrDefault("port", "18083")), false);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        new MatchingBench(options, root).run(root.resolve("bench/target/matching.txt"));
    }

    private int option(String name, int otherwise) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)).replace("_", ""));
    }

    private void run(Path output) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        long started = System.nanoTime();
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        if (!reuse) {
            Workspace.delete(dataDir);
        }
        Files.createDirectories(dataDir);
        report.line("Ronghe docking matching at scale");
        Machine.describe(report);
        try {
            report.line("ready after  %s", Report.seconds(app.start("matching", Launch.plain(jar))));
            long[] ranges = reuse ? reused() : loadAndIndex();
            report.line("search index size  %,d MB on disk (%s)", size(dataDir.resolve("index")) >> 20, dataDir.resolve("index"));
            measure(ranges);
            report.line("%-28s %s", "app JVM after the load", ProcessMemory.of(app.pid()));
        } finally {
            stop();
            report.line("bench took %s", Report.seconds(Duration.ofNanos(System.nanoTime() - started)));
            report.writeTo(output);
            System.out.println("\nwritten to " + output);
        }
    }

    /** Embeds, imports, loads the items and rebuilds the index; returns the id ranges of the loaded items. */
    private long[] loadAndIndex() throws Exception {
        List<Long> owners = owners(40);
        embedPhrases(owners.get(0));
        unembedded(owners, option("embed-warmup", 1_000));
        waitForEmbedding(); // the JIT compiles the embedding and indexing paths: not what a bulk of texts costs
        embeddingThroughput(owners, option("embed", 3_000));
        importNeeds(owners.get(3), option("import-rows", 50_000));
        long[] ranges = load(owners, option("capabilities", 1_000_000), option("needs", 100_000));
        sweptAlready();
        report.line("%-28s %s", "app JVM before indexing", ProcessMemory.of(app.pid()));
        report.line("search index rebuilt in %s", Report.seconds(app.rebuildSearchIndex()));
        Duration limit = Duration.ofMinutes(option("settle-minutes", 180));
        Duration settled = Settle.idle(app.pid(), limit);
        report.line(settled.compareTo(limit) < 0
                ? "search index settled (background merges done) %s after the rebuild"
                : "search index NOT settled: background merges still running %s after the rebuild", Report.seconds(settled));
        return ranges;
    }

    /**
     * The id ranges of the items a previous run loaded ({@code --reuse true}: its data directory as it was left, e.g.
     * to measure again after changing the app without loading and indexing a million items anew).
     */
    private long[] reused() throws SQLException {
        try (Connection c = connect()) {
            String capabilities = "from capabilities where created_by = 'bench' and region_code is not null";
            String needs = "from demands where created_by = 'bench'";
            long[] ranges = {count(c, "select min(id) " + capabilities), count(c, "select max(id) " + capabilities),
                count(c, "select min(id) " + needs), count(c, "select max(id) " + needs)};
            report.line("reused       the items of an earlier run: capabilities %,d–%,d, needs %,d–%,d", ranges[0],
                    ranges[1], ranges[2], ranges[3]);
            return ranges;
        }
    }

    private void stop() {
        try {
            app.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Long> owners(int count) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        String[] types = {"VOCATIONAL_SCHOOL", "UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE"};
        for (int i = 0; i < count; i++) {
            ObjectNode body = json.createObjectNode()
                    .put("name", "合成对接单位" + (i + 1))
                    .put("type", types[i % types.length]);
            if (i % types.length == 0) {
                body.put("schoolLevel", "HIGHER");
            }
            ids.add(send("POST", "/api/v1/organisations?duplicateConfirmed=true", body).get("id").asLong());
        }
        return ids;
    }

    /** Every phrase of the vocabulary, posted as a capability and embedded by the app; the vectors read back. */
    private void embedPhrases(Long owner) throws Exception {
        List<String> phrases = Stream.of(DockingVocabulary.SUBJECTS, DockingVocabulary.TECHNIQUES, DockingVocabulary.GOALS)
                .flatMap(List::stream)
                .toList();
        for (String phrase : phrases) {
            post("/api/v1/capabilities", owner, "SERVICE", phrase, phrase);
        }
        waitForEmbedding();
        try (Connection c = connect();
                PreparedStatement read = c.prepareStatement(
                        "select title, embedding, embedding_model from capabilities where title = any(?)")) {
            read.setArray(1, c.createArrayOf("varchar", phrases.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Float[] boxed = (Float[]) rows.getArray(2).getArray();
                    float[] vector = new float[boxed.length];
                    for (int i = 0; i < boxed.length; i++) {
                        vector[i] = boxed[i];
                    }
                    phraseVectors.put(rows.getString(1), vector);
                    model = rows.getString(3);
                }
            }
        }
        report.line("phrases      %d embedded by the app's model (%s)", phraseVectors.size(), model);
    }

    /**
     * Bulk embedding: texts written straight into the database without vectors, as an import leaves them, then embedded
     * by the app's background rounds: texts a second from the write to the last vector.
     */
    private void embeddingThroughput(List<Long> owners, int texts) throws Exception {
        unembedded(owners, texts);
        long start = System.nanoTime();
        long ticks = Settle.cpuTicks(app.pid());
        waitForEmbedding();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (Settle.cpuTicks(app.pid()) - ticks) / 100.0;
        report.line("embedding    %,d texts embedded by the background rounds in %.1f s: %.0f texts/s (target >= 200); "
                + "app CPU %.1f s, %.1f ms a text, %.2f cores", texts, seconds, texts / seconds, cpu, cpu * 1000 / texts,
                cpu / seconds);
    }

    /** Capabilities written straight into the database without vectors, as an import leaves them. */
    private void unembedded(List<Long> owners, int texts) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into capabilities (organisation_id, kind, "
                    + "owner_type, title, description, text, created_at, created_by) values (?, ?, 'ENTERPRISE', ?, ?, ?, "
                    + "now(), 'bench')")) {
                for (int i = 0; i < texts; i++) {
                    DockingVocabulary.Text text = DockingVocabulary.capability(random);
                    insert.setLong(1, owners.get(i % owners.size()));
                    insert.setString(2, text.kind());
                    insert.setString(3, text.title() + i);
                    insert.setString(4, text.description());
                    insert.setString(5, text.title() + i + "\n" + text.description());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /** A needs sheet imported through the API (the import engine, then the background embedding of its rows). */
    private void importNeeds(Long enterprise, int rows) throws Exception {
        if (rows <= 0) {
            return;
        }
        byte[] sheet = needsSheet(rows);
        long start = System.nanoTime();
        ImportJobs jobs = new ImportJobs(app::uri, http);
        HttpResponse<String> started = jobs.upload(
                "/api/v1/needs/imports", Map.of("organisationId", enterprise.toString()), "needs.xlsx", sheet);
        String job = jobs.poll(started.headers().firstValue("Location").orElseThrow());
        double imported = (System.nanoTime() - start) / 1e9;
        waitForEmbedding();
        double embedded = (System.nanoTime() - start) / 1e9;
        report.line("import       %,d needs from .xlsx (%,d KB) in %.1f s: %,.0f rows/s; %s; all embedded %.1f s after "
                + "the upload: %.0f texts/s", rows, sheet.length / 1024, imported, rows / imported,
                job.replaceAll(".*\"status\":\"(\\w+)\".*", "$1"), embedded, rows / (embedded - imported));
    }

    private byte[] needsSheet(int rows) throws IOException {
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("需求清单");
            var header = sheet.createRow(0);
            String[] headers = {"单位", "类型*", "标题*", "描述*", "现状", "预期目标", "培训对象", "人数", "技能要求", "行业代码"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 1; i <= rows; i++) {
                DockingVocabulary.Text text = DockingVocabulary.need(random);
                var row = sheet.createRow(i);
                String[] cells = {"", text.kind(), text.title() + i, text.description(), "", "", "", "", "", text.industry()};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void waitForEmbedding() throws Exception {
        try (Connection c = connect()) {
            while (count(c, "select (select count(*) from demands where embedding_model is null) "
                    + "+ (select count(*) from capabilities where embedding_model is null)") > 0) {
                Thread.sleep(200);
            }
        }
    }

    /** Loads the items straight into the database; returns the id ranges of capabilities and needs. */
    private long[] load(List<Long> owners, int capabilities, int needs) throws SQLException {
        long start = System.nanoTime();
        long[] ranges = new long[4];
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            ranges[0] = next(c, "capabilities");
            insert(c, capabilities, owners, true);
            ranges[1] = next(c, "capabilities") - 1;
            ranges[2] = next(c, "demands");
            insert(c, needs, owners, false);
            ranges[3] = next(c, "demands") - 1;
        }
        report.line("loaded       %,d capabilities and %,d needs with their vectors in %s", capabilities, needs,
                Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
        return ranges;
    }

    private void insert(Connection c, int count, List<Long> owners, boolean capabilities) throws SQLException {
        String sql = capabilities
                ? "insert into capabilities (organisation_id, kind, owner_type, title, description, industry_section, "
                        + "industry_division, region_code, text, embedding, embedding_model, created_at, created_by) "
                        + "values (?, ?, 'ENTERPRISE', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')"
                : "insert into demands (organisation_id, kind, title, description, industry_section, industry_division, "
                        + "region_code, text, embedding, embedding_model, created_at, created_by, visibility, status, "
                        + "match_checked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'PUBLIC', 'OPEN', now())";
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 1; i <= count; i++) {
                DockingVocabulary.Text text =
                        capabilities ? DockingVocabulary.capability(random) : DockingVocabulary.need(random);
                insert.setLong(1, owners.get(random.nextInt(owners.size())));
                insert.setString(2, text.kind());
                insert.setString(3, text.title());
                insert.setString(4, text.description());
                insert.setString(5, text.industry().substring(0, 1));
                insert.setString(6, text.industry().substring(1));
                insert.setString(7, text.region());
                insert.setString(8, text.title() + "\n" + text.description());
                insert.setArray(9, c.createArrayOf("float4", vector(text)));
                insert.setString(10, model);
                insert.setTimestamp(11, now);
                insert.addBatch();
                if (i % BATCH == 0 || i == count) {
                    insert.executeBatch();
                    c.commit();
                }
                if (i % 100_000 == 0) {
                    System.out.printf("  %,d %s loaded%n", i, capabilities ? "capabilities" : "needs");
                }
            }
        }
    }

    /** The normalised sum of the text's phrases' vectors, with a little noise. */
    private Float[] vector(DockingVocabulary.Text text) {
        float[] sum = new float[DIMENSIONS];
        for (String phrase : text.phrases()) {
            float[] v = phraseVectors.get(phrase);
            for (int i = 0; i < DIMENSIONS; i++) {
                sum[i] += v[i] + (float) (random.nextGaussian() * 0.02);
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        Float[] boxed = new Float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            boxed[i] = (float) (sum[i] / norm);
        }
        return boxed;
    }

    /** The steady state: the sweep for first matches has looked at every need (it runs 100 a half-minute). */
    private void sweptAlready() throws SQLException {
        try (Connection c = connect(); var statement = c.createStatement()) {
            statement.executeUpdate("update demands set match_checked_at = now() where match_checked_at is null");
        }
    }

    private void measure(long[] ranges) throws Exception {
        Map<String, String> admin = Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN);
        List<Scenario> scenarios = List.of(
                new Scenario("need -> top-10 capabilities (API)",
                        r -> "/api/v1/needs/" + between(r, ranges[2], ranges[3]) + "/matches?size=10", TARGET_P95_MS, admin),
                new Scenario("capability -> top-10 needs (API)",
                        r -> "/api/v1/capabilities/" + between(r, ranges[0], ranges[1]) + "/matches?size=10",
                        TARGET_P95_MS, admin));
        int concurrency = option("concurrency", 2);
        LoadDriver warm = new LoadDriver(app::uri, concurrency, 1);
        for (Scenario scenario : scenarios) {
            warm.run(scenario, option("warmup", 200));
        }
        report.section("matching (latencies in ms), " + concurrency + " workers, loopback");
        report.line("load average before: %s", Machine.loadAverage());
        LoadDriver driver = new LoadDriver(app::uri, concurrency, 2);
        List<Stats> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(driver.run(scenario, option("requests", 1_000)));
        }
        report.line("load average after:  %s", Machine.loadAverage());
        ResultTable.print(report, results);
        int recallQueries = option("recall-queries", 200);
        if (recallQueries > 0) {
            try (Connection c = connect()) {
                new VectorRecall(http, app::uri, AppProcess.ADMIN_TOKEN)
                        .measure(c, report, recallQueries, ranges[2], ranges[3]);
            }
        }
    }

    private static long between(Random r, long from, long to) {
        return from + (long) (r.nextDouble() * (to - from + 1));
    }

    private Connection connect() throws SQLException {
        try {
            AppProcess.Database database = app.database();
            return DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres?reWriteBatchedInserts=true",
                    "postgres",
                    database.superuserPassword());
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        return count(c, "select coalesce(max(id), 0) + 1 from " + table);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private void post(String path, Long owner, String kind, String title, String description)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode()
                .put("organisationId", owner)
                .put("kind", kind)
                .put("title", title)
                .put("description", description);
        send("POST", path, body);
    }

    private JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }
}
