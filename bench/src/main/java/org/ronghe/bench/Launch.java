package org.ronghe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the app JVM is launched: plainly with {@code java -jar}, or the way Spring Boot documents for
 * efficient deployments: the jar extracted by its {@code tools} jar mode and started with a class
 * data sharing (CDS) archive recorded in a training run that exits once the context is refreshed.
 */
final class Launch {

    private Launch() {
    }

    /** {@code java -jar <jar>} with the JVM's defaults. */
    static List<String> plain(Path jar) {
        return List.of(AppProcess.javaCommand(), "-jar", jar.toString());
    }

    /**
     * Extracts the jar into {@code directory}, records the CDS archive in a training run of the app
     * (which needs the app stopped) and returns the command that starts the app with it.
     */
    static List<String> withCds(Path jar, Path directory, AppProcess app) throws IOException, InterruptedException {
        Workspace.delete(directory);
        Process extract = new ProcessBuilder(AppProcess.javaCommand(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", directory.toString()).inheritIO().start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("extracting " + jar + " failed");
        }
        Path extracted = directory.resolve(jar.getFileName());
        Path archive = directory.resolve("app.jsa");
        app.runToExit("cds-training", List.of(AppProcess.javaCommand(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dspring.context.exit=onRefresh", "-jar", extracted.toString()));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training run wrote no CDS archive");
        }
        return List.of(AppProcess.javaCommand(), "-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
    }
}
