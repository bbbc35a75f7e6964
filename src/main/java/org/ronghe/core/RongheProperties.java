package org.ronghe.core;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings under {@code ronghe.*}, each also settable by environment variable ({@code RONGHE_DATA_DIR},
 * {@code RONGHE_DEMO}).
 *
 * @param dataDir where the embedded database, the search index and uploaded files live
 * @param demo what to load into an empty database: {@code true} the seed bodies and the marked sample body,
 *     {@code seed} the seed bodies only, {@code false} nothing
 */
@ConfigurationProperties("ronghe")
public record RongheProperties(Path dataDir, String demo) {

    public RongheProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        demo = demo == null || demo.isBlank() ? "true" : demo.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("true", "seed", "false").contains(demo)) {
            throw new IllegalArgumentException("RONGHE_DEMO must be true, seed or false, not '" + demo + "'");
        }
    }

    /** Whether the seed bodies (facts from the seed articles) are loaded into an empty database. */
    public boolean seeds() {
        return !"false".equals(demo);
    }

    /** Whether the clearly marked sample body with people, records and pending work is loaded beside them. */
    public boolean sample() {
        return "true".equals(demo);
    }
}
