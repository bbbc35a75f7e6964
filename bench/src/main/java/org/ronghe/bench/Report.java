package org.ronghe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Figures as they are measured: printed to standard output and kept to be written to a file. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    /** Prints one formatted line (English number formats) and keeps it. */
    synchronized void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        text.append(line).append('\n');
    }

    void section(String title) {
        line("");
        line("== %s", title);
    }

    /** Writes every line so far to {@code file}, replacing it. */
    synchronized void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String megabytes(long kilobytes) {
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
    }
}
