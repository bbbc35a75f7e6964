package org.ronghe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A SQL script from the classpath, split into statements at a {@code ;} that ends a line, with
 * {@code ${name}} replaced by values; a statement's label is the last comment line before its SQL.
 */
final class SqlScript {

    /** One statement and its label (null when it has none). */
    record Statement(String label, String sql) {
    }

    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*\\R");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private SqlScript() {
    }

    static List<Statement> load(String resource, Map<String, ?> values) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(STATEMENT_END.split(script + "\n")).stream().filter(s -> !s.isBlank())
                    .map(s -> new Statement(label(s), substitute(s, values))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String substitute(String sql, Map<String, ?> values) {
        return PLACEHOLDER.matcher(sql).replaceAll(m -> String.valueOf(values.get(m.group(1))));
    }

    private static String label(String statement) {
        String label = null;
        for (String line : statement.strip().split("\\R")) {
            if (!line.isBlank() && !line.startsWith("--")) {
                return label;
            }
            if (!line.isBlank()) {
                label = line.substring(2).strip();
            }
        }
        return label;
    }
}
