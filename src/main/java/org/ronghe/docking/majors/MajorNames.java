package org.ronghe.docking.majors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ronghe.core.ChineseText;

/**
 * Majors as a key that schools' titles and enterprises' requests share: simplified script, half-width, without remarks
 * in brackets, the word 专业 or spaces ({@code 工業機器人技術專業（示例）} → {@code 工业机器人技术}). A request may name several majors,
 * separated by 、，,;；/ or "or".
 */
final class MajorNames {

    private static final Pattern BRACKETS = Pattern.compile("[（(【\\[].*?[）)】\\]]");
    private static final Pattern NOISE = Pattern.compile("专业|\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/|]|或|及|和");

    private MajorNames() {}

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String simple = ChineseText.toSimplified(ChineseText.foldWidth(name));
        return NOISE.matcher(BRACKETS.matcher(simple).replaceAll(""))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    static List<String> keys(String majors) {
        if (majors == null || majors.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(ChineseText.foldWidth(majors)))
                .map(MajorNames::key)
                .filter(k -> k.length() >= 2)
                .distinct()
                .toList();
    }

    /** Whether a request names the major: the same key, or one holding the other (机电一体化 and 机电一体化技术). */
    static boolean same(String supplied, String requested) {
        return supplied.equals(requested)
                || (Math.min(supplied.length(), requested.length()) >= 3
                        && (supplied.contains(requested) || requested.contains(supplied)));
    }
}
