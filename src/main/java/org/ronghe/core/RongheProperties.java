package org.ronghe.core;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings under {@code ronghe.*}, each also settable by environment variable
 * ({@code RONGHE_DATA_DIR}, {@code RONGHE_DEMO}).
 *
 * @param dataDir where the embedded database, the search index and uploaded files live
 * @param demo whether to load the seed bodies into an empty database
 */
@ConfigurationProperties("ronghe")
public record RongheProperties(Path dataDir, boolean demo) {

    public RongheProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
