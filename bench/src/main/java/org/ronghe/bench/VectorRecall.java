package org.ronghe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * How much the approximate nearest-neighbour graph gives up: for random needs, the top 10 capabilities of the app's
 * vector ranking ({@code ranking=VECTOR}, HNSW) against the exact top 10 of a brute-force scan over every capability's
 * vector. A found capability counts when its exact similarity reaches the exact tenth's, so that near-ties between
 * synthetic items of the same phrases are not counted as misses; the strict share (no tolerance) is printed too.
 */
final class VectorRecall {

    private static final int K = 10;
    private static final double TIE = 1e-5;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final Function<String, URI> uri;
    private final String token;

    VectorRecall(HttpClient http, Function<String, URI> uri, String token) {
        this.http = http;
        this.uri = uri;
        this.token = token;
    }

    /** Measures over {@code queries} random needs among ids from..to; writes the figures to the report. */
    void measure(Connection c, Report report, int queries, long from, long to) throws Exception {
        long start = System.nanoTime();
        Map<Long, float[]> capabilities = vectors(c, "select id, embedding from capabilities "
                + "where embedding is not null and not withdrawn");
        double loaded = (System.nanoTime() - start) / 1e9;
        long[] ids = capabilities.keySet().stream().mapToLong(Long::longValue).toArray();
        float[][] all = Arrays.stream(ids).mapToObj(capabilities::get).toArray(float[][]::new);
        Random random = new Random(7);
        double tolerant = 0;
        double strict = 0;
        int asked = 0;
        for (int q = 0; q < queries; q++) {
            long need = from + (long) (random.nextDouble() * (to - from + 1));
            float[] probe = vectors(c, "select id, embedding from demands where id = " + need).get(need);
            if (probe == null) {
                continue;
            }
            double[] exact = exactTop(probe, all);
            List<Long> found = vectorMatches(need);
            double tenth = exact[exact.length - 1];
            long within = found.stream().filter(id -> dot(probe, capabilities.get(id)) >= tenth - TIE).count();
            long same = found.stream().filter(id -> dot(probe, capabilities.get(id)) >= tenth).count();
            tolerant += within / (double) K;
            strict += same / (double) K;
            asked++;
        }
        report.line("vector recall@10 over %d needs (HNSW top 10 against a brute-force scan of %,d vectors, read in "
                + "%.1f s): %.3f counting ties with the exact 10th; %.3f strictly", asked, ids.length, loaded,
                tolerant / asked, strict / asked);
    }

    /** The exact top-K similarities, best first. */
    private static double[] exactTop(float[] probe, float[][] all) {
        double[] top = new double[K];
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (float[] v : all) {
            double s = dot(probe, v);
            if (s > top[K - 1]) {
                int i = K - 1;
                while (i > 0 && top[i - 1] < s) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = s;
            }
        }
        return top;
    }

    private List<Long> vectorMatches(long need) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.apply("/api/v1/needs/" + need + "/matches?size=10&ranking=VECTOR"))
                .header("Authorization", "Bearer " + token)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("matches of need " + need + ": " + response.statusCode());
        }
        List<Long> found = new ArrayList<>();
        for (JsonNode item : json.readTree(response.body()).get("items")) {
            found.add(item.get("capabilityId").asLong());
        }
        return found;
    }

    /** Cosine similarity of unit vectors, as the index keeps them. */
    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static Map<Long, float[]> vectors(Connection c, String sql) throws SQLException {
        Map<Long, float[]> vectors = new HashMap<>();
        c.setAutoCommit(false); // so that the driver streams the rows by the fetch size
        try (Statement statement = c.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    Float[] boxed = (Float[]) rows.getArray(2).getArray();
                    float[] vector = new float[boxed.length];
                    for (int i = 0; i < boxed.length; i++) {
                        vector[i] = boxed[i];
                    }
                    vectors.put(rows.getLong(1), vector);
                }
            }
        }
        return vectors;
    }
}
