package org.ronghe.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * Chinese collation order (pinyin for common characters; Latin letters first) for names shown in lists. A name is
 * folded to simplified, half-width characters first, so 鋁業 sorts with 铝业. Computing a collation key costs tens of
 * microseconds per name, so keys of recently sorted names are kept.
 */
public final class ChineseCollation {

    private static final Cache<String, CollationKey> KEYS =
            Caffeine.newBuilder().maximumSize(200_000).build();

    private ChineseCollation() {}

    /** Orders items by the collation key of the name {@code name} gives them. */
    public static <T> Comparator<T> comparing(Function<T, String> name) {
        return Comparator.comparing(item -> KEYS.get(name.apply(item), ChineseCollation::key));
    }

    /**
     * The name's collation key as text whose code point order is the collation order (the key's bytes in hex), for a
     * sortable index field; see {@link ChineseSortKeyBridge}.
     */
    public static String sortKey(String name) {
        return HexFormat.of().formatHex(key(name).toByteArray());
    }

    private static CollationKey key(String name) {
        return Collator.getInstance(Locale.CHINA)
                .getCollationKey(ChineseText.toSimplified(ChineseText.foldWidth(name)));
    }
}
