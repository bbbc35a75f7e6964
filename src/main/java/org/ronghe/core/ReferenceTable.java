package org.ronghe.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the small comma-separated reference tables shipped on the classpath. The header names the columns; the last
 * column may itself hold commas (an English name), the others may not.
 */
public final class ReferenceTable {

    private ReferenceTable() {}

    public static <T> List<T> read(String resource, Function<String[], T> row) {
        var stream = ReferenceTable.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing reference table " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int columns = reader.readLine().split(",").length;
            return reader.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> row.apply(line.split(",", columns)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
