package org.ronghe.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bench's command-line options ({@code --name value}, {@code --keep-data}, {@code --demo}); paths default
 * relative to the repository root given by the system property {@code bench.root}.
 */
record Options(int organisations, int bodies, int memberships, int agreements, int obligations, int requests,
               int concurrency, int warmup, Path dataDir, boolean keepData, boolean demo, int port, Path jar, Path output,
               int rosterRows, int students, int internships, int studentRows, int crowd, int crowdRequests) {

    private static final Set<String> VALUED = Set.of("organisations", "bodies", "memberships", "agreements",
            "obligations", "requests", "concurrency", "warmup", "data-dir", "port", "jar", "roster-rows", "students",
            "internships", "student-rows", "crowd", "crowd-requests");
    private static final Set<String> FLAGS = Set.of("keep-data", "demo");

    static final String USAGE = """
            Options (defaults in brackets):
              --organisations N   synthetic organisations [200000]
              --bodies N          synthetic bodies [1500]
              --memberships N     memberships, spread evenly over the bodies [600000]
              --agreements N      agreements, all in the first synthetic body (its dashboard is measured) [50000]
              --obligations N     obligations, spread at random over the agreements [500000]
              --students N        students of 40 programmes in the first synthetic body, 0 for no talent data [1000000]
              --internships N     internships of random students of that body [3000000]
              --requests N        measured requests per scenario [3000]
              --concurrency N     client workers, each one request at a time [4]
              --warmup N          unmeasured requests per scenario before measuring [500]
              --data-dir DIR      app data directory, wiped first [bench/target/data]
              --keep-data         do not wipe the data directory; reuse data already loaded
              --demo              let the app also load its demo bodies at first start (RONGHE_DEMO=true)
              --port N            HTTP port of the app on 127.0.0.1 [18080]
              --jar FILE          the app jar [target/ronghe-0.1.0-SNAPSHOT.jar]
              --roster-rows N     rows of the roster imported and exported at the end, 0 to skip [100000]
              --student-rows N    rows of the student sheet imported at the end (at most 100000), 0 to skip [100000]
              --crowd N           clients opening body pages at once after the scenarios, 0 to skip [200]
              --crowd-requests N  requests of the crowd, after as many unmeasured ones [20000]
            """;

    /** The options, or the usage on standard error and exit status 2 when they are not understood. */
    static Options parseOrExit(String... args) {
        try {
            return parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    static Options parse(String... args) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (VALUED.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "'\n" + USAGE);
            }
        }
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Options options = new Options(number(values, "organisations", 200_000), number(values, "bodies", 1_500),
                number(values, "memberships", 600_000), number(values, "agreements", 50_000),
                number(values, "obligations", 500_000), number(values, "requests", 3_000),
                number(values, "concurrency", 4), number(values, "warmup", 500),
                root.resolve(values.getOrDefault("data-dir", "bench/target/data")), flags.contains("keep-data"),
                flags.contains("demo"), number(values, "port", 18_080),
                root.resolve(values.getOrDefault("jar", "target/ronghe-0.1.0-SNAPSHOT.jar")),
                root.resolve("bench/target/latest.txt"), number(values, "roster-rows", 100_000),
                number(values, "students", 1_000_000), number(values, "internships", 3_000_000),
                number(values, "student-rows", 100_000), number(values, "crowd", 200),
                number(values, "crowd-requests", 20_000));
        options.check();
        return options;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private void check() {
        if (organisations < 1 || bodies < 1 || requests < 1 || concurrency < 1 || warmup < 0 || memberships < 0
                || agreements < 0 || obligations < 0 || students < 0 || internships < 0 || studentRows < 0) {
            throw new IllegalArgumentException("counts must be positive\n" + USAGE);
        }
        if ((long) memberships > (long) bodies * organisations) {
            throw new IllegalArgumentException("more memberships than distinct (body, organisation) pairs");
        }
        if (studentRows > 100_000) {
            throw new IllegalArgumentException("a student sheet holds at most 100,000 rows (the app's limit)");
        }
    }
}
