package org.ronghe.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folding of Chinese text for comparison: traditional → simplified (the same table the search
 * analysers use, {@code search/t2s-mapping.txt}), full-width → half-width, spaces removed.
 */
public final class ChineseText {

    public static final String MAPPING_RESOURCE = "search/t2s-mapping.txt";
    private static final Pattern LINE = Pattern.compile("^\"(.+)\" => \"(.+)\"$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<Integer, String> T2S = load();

    private ChineseText() {
    }

    /** Traditional characters replaced by their simplified forms; other characters unchanged. */
    public static String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String simplified = T2S.get(cp);
            if (simplified == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(simplified);
            }
        });
        return out.toString();
    }

    /** Full-width letters, digits and punctuation folded to their ASCII forms (NFKC). */
    public static String foldWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The comparison key of a name: simplified, half-width, without whitespace, lower case. */
    public static String normalisedName(String name) {
        return WHITESPACE.matcher(toSimplified(foldWidth(name))).replaceAll("").toLowerCase();
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> map = new HashMap<>();
        var stream = ChineseText.class.getClassLoader().getResourceAsStream(MAPPING_RESOURCE);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(LINE::matcher).filter(Matcher::matches)
                    .forEach(m -> map.put(m.group(1).codePointAt(0), m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
