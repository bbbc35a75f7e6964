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
 * Folding of Chinese text for comparison: traditional → simplified (the same table the search analysers use,
 * {@code search/t2s-mapping.txt}), full-width → half-width, spaces removed.
 */
public final class ChineseText {

    public static final String MAPPING_RESOURCE = "search/t2s-mapping.txt";
    private static final Pattern LINE = Pattern.compile("^\"(.+)\" => \"(.+)\"$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<Integer, String> T2S = load();
    /** The same table for the Basic Multilingual Plane, indexed by code point: no boxing on the hot path of imports. */
    private static final String[] T2S_BMP = bmp(T2S);

    private ChineseText() {}

    /** Traditional characters replaced by their simplified forms; other characters unchanged. */
    public static String toSimplified(String text) {
        int first = firstTraditional(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String simplified = simplifiedOf(cp);
            if (simplified == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(simplified);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstTraditional(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (simplifiedOf(cp) != null) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static String simplifiedOf(int codePoint) {
        return codePoint < T2S_BMP.length ? T2S_BMP[codePoint] : T2S.get(codePoint);
    }

    /** Full-width letters, digits and punctuation folded to their ASCII forms (NFKC). */
    public static String foldWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The comparison key of a name: simplified, half-width, without whitespace, lower case. */
    public static String normalisedName(String name) {
        return WHITESPACE.matcher(toSimplified(foldWidth(name))).replaceAll("").toLowerCase();
    }

    private static String[] bmp(Map<Integer, String> table) {
        String[] bmp = new String[Character.MIN_SUPPLEMENTARY_CODE_POINT];
        table.forEach((cp, simplified) -> {
            if (cp < bmp.length) {
                bmp[cp] = simplified;
            }
        });
        return bmp;
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> map = new HashMap<>();
        var stream = ChineseText.class.getClassLoader().getResourceAsStream(MAPPING_RESOURCE);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(LINE::matcher)
                    .filter(Matcher::matches)
                    .forEach(m -> map.put(m.group(1).codePointAt(0), m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
