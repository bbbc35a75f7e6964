package org.ronghe.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * One kind of request the load driver repeats: a name, the path (with query) of each request drawn
 * from a random source, the p95 target in milliseconds it is reported against (null: none), and the
 * headers every request carries (credentials).
 */
record Scenario(String name, Function<Random, String> path, Double targetP95Ms, Map<String, String> headers) {

    static final double SEARCH_TARGET_MS = 30;
    static final double BODY_PAGE_TARGET_MS = 50;
    static final double DASHBOARD_TARGET_MS = 100;
    static final double FUNNEL_TARGET_MS = 200;
    static final double CROWD_TARGET_MS = 300;
    static final double WORKBENCH_TARGET_MS = 200;

    /** The body page of random synthetic bodies, anonymous, as a crowd of clients opens it (issue 13: 200 at once). */
    static Scenario crowd(List<Long> bodyIds, int clients) {
        return new Scenario("body page, " + clients + " clients", r -> "/bodies/" + bodyIds.get(r.nextInt(bodyIds.size())),
                CROWD_TARGET_MS);
    }

    Scenario(String name, Function<Random, String> path, Double targetP95Ms) {
        this(name, path, targetP95Ms, Map.of());
    }

    /**
     * The measured scenarios: organisation search by API and page, body page and API of random bodies, and the
     * agreement dashboard and the funnel of the first synthetic body (which holds all synthetic agreements and
     * students) as the admin: the APIs with the bearer token, the pages with the session cookie of a form login
     * (pages take no bearer tokens).
     */
    static List<Scenario> all(List<Long> bodyIds, String sessionCookie, String secretariatCookie,
                              String employerCookie) {
        if (bodyIds.isEmpty()) {
            throw new IllegalStateException("no synthetic bodies in the database");
        }
        long dashboardBodyId = bodyIds.get(0);
        Function<Random, Long> body = r -> bodyIds.get(r.nextInt(bodyIds.size()));
        return List.of(
                new Scenario("organisation search (API)",
                        r -> "/api/v1/organisations?size=20&q=" + searchTerm(r), SEARCH_TARGET_MS),
                new Scenario("organisation search (page)", r -> "/organisations?q=" + searchTerm(r), null),
                new Scenario("body page", r -> "/bodies/" + body.apply(r), BODY_PAGE_TARGET_MS),
                new Scenario("body API", r -> "/api/v1/bodies/" + body.apply(r), null),
                new Scenario("agreement dashboard (page)", r -> "/agreements/dashboard?bodyId=" + dashboardBodyId,
                        DASHBOARD_TARGET_MS, Map.of("Cookie", sessionCookie)),
                new Scenario("agreement dashboard (API)", r -> "/api/v1/agreements/dashboard?bodyId=" + dashboardBodyId,
                        DASHBOARD_TARGET_MS, Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)),
                new Scenario("body funnel (API)", r -> "/api/v1/funnel/bodies/" + dashboardBodyId, FUNNEL_TARGET_MS,
                        Map.of("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)),
                new Scenario("body funnel (page)", r -> "/talent/funnel?bodyId=" + dashboardBodyId, FUNNEL_TARGET_MS,
                        Map.of("Cookie", sessionCookie)),
                new Scenario("workbench (secretariat page)", r -> "/workbench", WORKBENCH_TARGET_MS,
                        Map.of("Cookie", secretariatCookie)),
                new Scenario("workbench (employer page)", r -> "/workbench", WORKBENCH_TARGET_MS,
                        Map.of("Cookie", employerCookie)));
    }

    private static String searchTerm(Random random) {
        return URLEncoder.encode(Vocabulary.searchTerm(random), StandardCharsets.UTF_8);
    }
}
