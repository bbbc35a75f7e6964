package org.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bench's files beside the data directory: the data directory itself (emptied unless kept) and
 * the copy of the app jar that is run, so that rebuilding the app during a run cannot pull the jar
 * from under the JVM.
 */
final class Workspace {

    private Workspace() {
    }

    static Path appJar(Options options) {
        return options.dataDir().resolveSibling("ronghe-app.jar");
    }

    /** Where the jar is extracted for the start with a CDS archive. */
    static Path extracted(Options options) {
        return options.dataDir().resolveSibling("app-extracted");
    }

    static void prepare(Options options) throws IOException {
        if (!options.keepData()) {
            delete(options.dataDir());
        }
        Files.createDirectories(options.dataDir());
        Files.copy(options.jar(), appJar(options), StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
