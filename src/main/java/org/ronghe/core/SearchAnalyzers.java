package org.ronghe.core;

/**
 * Names of the search analysers defined for Chinese text. Index a Chinese name twice, with {@link #WORDS} and with
 * {@link #BIGRAMS} (searched with {@link #BIGRAMS_QUERY}), and query both.
 */
public final class SearchAnalyzers {

    public static final String WORDS = "zh_words";
    public static final String BIGRAMS = "zh_bigram";
    public static final String BIGRAMS_QUERY = "zh_bigram_query";

    private SearchAnalyzers() {}
}
