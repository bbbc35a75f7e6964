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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance of docking's matching on the labelled set in {@code bench/relevance} (real published needs and capability
 * statements, graded 0–3 by hand): starts the app on an empty data directory, posts every capability and need through
 * the API, times the background embedding of all of them, then asks each need's top 10 with each ranking (lexical
 * only, vectors only, hybrid) and prints nDCG@10 and recall@10 (grade ≥ 1 and grade ≥ 2), means over the needs.
 * Prints figures; asserts nothing. {@code bench/relevance.sh [--jar FILE] [--data-dir DIR] [--port N]}.
 */
public final class RelevanceBench {

    private static final String[] RANKINGS = {"LEXICAL", "VECTOR", "HYBRID"};
    private static final int K = 10;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Report report = new Report();
    private final AppProcess app;
    private final Path dataDir;
    private final Path set;
    private final Path jar;
    /** The set's ids (C001, N01) to the app's. */
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    private RelevanceBench(Path dataDir, int port, Path jar, Path set) {
        this.app = new AppProcess(dataDir, port, false);
        this.dataDir = dataDir;
        this.jar = jar;
        this.set = set;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        new RelevanceBench(
                        root.resolve(options.getOrDefault("data-dir", "bench/target/relevance-data")),
                        Integer.parseInt(options.getOrDefault("port", "18081")),
                        root.resolve(options.getOrDefault("jar", "target/ronghe-0.1.0-SNAPSHOT.jar")),
                        root.resolve("bench/relevance"))
                .run(root.resolve("bench/target/relevance.txt"));
    }

    private void run(Path output) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        Workspace.delete(dataDir);
        Files.createDirectories(dataDir);
        report.line("Ronghe docking relevance, labelled set %s", set);
        Machine.describe(report);
        try {
            report.line("ready after  %s", Report.seconds(app.start("relevance", Launch.plain(jar))));
            Long school = organisation("评测能力方（相关性基准）", "RESEARCH_INSTITUTE");
            Long enterprise = organisation("评测需求方（相关性基准）", "ENTERPRISE");
            int capabilities = post("capabilities.jsonl", "/api/v1/capabilities", school);
            int needs = post("needs.jsonl", "/api/v1/needs", enterprise);
            report.line("posted       %d capabilities, %d needs", capabilities, needs);
            embeddingThroughput(capabilities + needs);
            Map<String, Map<String, Integer>> grades = grades();
            report.section("relevance, means over " + grades.size() + " needs (top " + K + ")");
            report.line("%-10s %10s %14s %14s %10s", "ranking", "nDCG@10", "recall@10 ≥1", "recall@10 ≥2", "p50 ms");
            for (String ranking : RANKINGS) {
                evaluate(ranking, grades);
            }
            similarities(grades);
        } finally {
            stop();
            report.writeTo(output);
            System.out.println("\nwritten to " + output);
        }
    }

    private Long organisation(String name, String type) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", name).put("type", type);
        return send("POST", "/api/v1/organisations?duplicateConfirmed=true", body).get("id").asLong();
    }

    /** Posts every line of a file; an industry code the app refuses is left out rather than the item. */
    private int post(String file, String path, Long owner) throws IOException, InterruptedException {
        int posted = 0;
        for (String line : Files.readAllLines(set.resolve(file))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(line);
            ObjectNode body = json.createObjectNode()
                    .put("organisationId", owner)
                    .put("kind", item.get("kind").asText())
                    .put("title", item.get("title").asText())
                    .put("description", item.get("description").asText());
            if (item.hasNonNull("keywords")) {
                List<String> words = new ArrayList<>();
                item.get("keywords").forEach(k -> words.add(k.asText()));
                body.put("keywords", String.join("，", words));
            }
            if (item.hasNonNull("industry")) {
                body.put("industry", item.get("industry").asText());
            }
            JsonNode created = sendOrWithoutIndustry(path, body);
            ids.put(item.get("id").asText(), created.get("id").asLong());
            names.put(created.get("id").asLong(), item.get("id").asText());
            posted++;
        }
        return posted;
    }

    private JsonNode sendOrWithoutIndustry(String path, ObjectNode body) throws IOException, InterruptedException {
        try {
            return send("POST", path, body);
        } catch (IllegalStateException e) {
            body.remove("industry");
            return send("POST", path, body);
        }
    }

    /** Waits until no item lacks its vector; prints texts per second from the first post to the last vector. */
    private void embeddingThroughput(int items) throws Exception {
        AppProcess.Database database = app.database();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres",
                "postgres",
                database.superuserPassword())) {
            long waiting;
            do {
                Thread.sleep(200);
                waiting = count(c, "select (select count(*) from demands where embedding_model is null) "
                        + "+ (select count(*) from capabilities where embedding_model is null)");
            } while (waiting > 0);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("embedded     %d texts in the background, all done %.1f s after the last post", items, seconds);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Map<String, Map<String, Integer>> grades() throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (String line : Files.readAllLines(set.resolve("needs.jsonl"))) {
            if (!line.isBlank()) {
                grades.put(json.readTree(line).get("id").asText(), new HashMap<>());
            }
        }
        for (String line : Files.readAllLines(set.resolve("qrels.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && grades.containsKey(cells[0])) {
                grades.get(cells[0]).put(cells[1], Integer.parseInt(cells[2].strip()));
            }
        }
        return grades;
    }

    private void evaluate(String ranking, Map<String, Map<String, Integer>> grades)
            throws IOException, InterruptedException {
        double ndcg = 0;
        double recall1 = 0;
        double recall2 = 0;
        List<Double> millis = new ArrayList<>();
        for (var need : grades.entrySet()) {
            long start = System.nanoTime();
            JsonNode found = send(
                    "GET", "/api/v1/needs/" + ids.get(need.getKey()) + "/matches?size=" + K + "&ranking=" + ranking, null);
            millis.add((System.nanoTime() - start) / 1e6);
            List<String> top = new ArrayList<>();
            found.get("items").forEach(m -> top.add(names.get(m.get("capabilityId").asLong())));
            ndcg += Metrics.ndcg(top, need.getValue(), K);
            recall1 += Metrics.recall(top, need.getValue(), 1, K);
            recall2 += Metrics.recall(top, need.getValue(), 2, K);
        }
        int n = grades.size();
        millis.sort(Double::compare);
        report.line(
                "%-10s %10.3f %14.3f %14.3f %10.1f",
                ranking,
                ndcg / n,
                recall1 / n,
                recall2 / n,
                millis.get(millis.size() / 2));
    }

    /** The cosine similarity of each need's 50 nearest capabilities, relevant (grade ≥ 1) and not, as percentiles. */
    private void similarities(Map<String, Map<String, Integer>> grades) throws IOException, InterruptedException {
        List<Double> relevant = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (var need : grades.entrySet()) {
            JsonNode found =
                    send("GET", "/api/v1/needs/" + ids.get(need.getKey()) + "/matches?size=50&ranking=VECTOR", null);
            for (JsonNode m : found.get("items")) {
                for (JsonNode reason : m.get("reasons")) {
                    if ("SIMILARITY".equals(reason.get("code").asText())) {
                        String id = names.get(m.get("capabilityId").asLong());
                        (need.getValue().getOrDefault(id, 0) >= 1 ? relevant : other)
                                .add(reason.get("value").asDouble());
                    }
                }
            }
        }
        report.section("cosine similarity of the 50 nearest, percentiles p5 / p25 / p50 / p75 / p95");
        report.line("%-12s %5d  %s", "relevant", relevant.size(), percentiles(relevant));
        report.line("%-12s %5d  %s", "not relevant", other.size(), percentiles(other));
    }

    private static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "—";
        }
        values.sort(Double::compare);
        StringBuilder out = new StringBuilder();
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            out.append(String.format("%.2f  ", values.get((int) Math.min(values.size() - 1, p * values.size()))));
        }
        return out.toString().strip();
    }

    private JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
                .header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    private void stop() {
        try {
            app.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
