package org.ronghe.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Chinese collation order (pinyin for common characters) for names shown in lists. Computing a collation key costs tens
 * of microseconds per name, so keys of recently sorted names are kept.
 */
public final class ChineseCollation {

    private static final Cache<String, CollationKey> KEYS =
            Caffeine.newBuilder().maximumSize(200_000).build();

    private ChineseCollation() {}

    /** Orders items by the collation key of the name {@code name} gives them. */
    public static <T> Comparator<T> comparing(Function<T, String> name) {
        return Comparator.comparing(item -> KEYS.get(name.apply(item), ChineseCollation::key));
    }

    private static CollationKey key(String name) {
        return Collator.getInstance(Locale.CHINA).getCollationKey(name);
    }
}
