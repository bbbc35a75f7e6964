package org.ronghe.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * One kind of request the load driver repeats: a name, the path (with query) of each request drawn
 * from a random source, and the p95 target in milliseconds it is reported against (null: none).
 */
record Scenario(String name, Function<Random, String> path, Double targetP95Ms) {

    static final double SEARCH_TARGET_MS = 30;
    static final double BODY_PAGE_TARGET_MS = 50;

    /** The measured scenarios: organisation search by API and page, body page and API of random bodies. */
    static List<Scenario> all(List<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            throw new IllegalStateException("no synthetic bodies in the database");
        }
        Function<Random, Long> body = r -> bodyIds.get(r.nextInt(bodyIds.size()));
        return List.of(
                new Scenario("organisation search (API)",
                        r -> "/api/v1/organisations?size=20&q=" + searchTerm(r), SEARCH_TARGET_MS),
                new Scenario("organisation search (page)", r -> "/organisations?q=" + searchTerm(r), null),
                new Scenario("body page", r -> "/bodies/" + body.apply(r), BODY_PAGE_TARGET_MS),
                new Scenario("body API", r -> "/api/v1/bodies/" + body.apply(r), null));
    }

    private static String searchTerm(Random random) {
        return URLEncoder.encode(Vocabulary.searchTerm(random), StandardCharsets.UTF_8);
    }
}
