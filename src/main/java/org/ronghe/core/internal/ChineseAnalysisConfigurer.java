package org.ronghe.core.internal;

import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.ronghe.core.ChineseText;
import org.ronghe.core.SearchAnalyzers;

/**
 * The Chinese analysers. Both fold traditional to simplified and full-width to half-width before tokenising (smartcn
 * only knows simplified). {@code zh_words} splits into words with smartcn; {@code zh_bigram} indexes CJK bigrams plus
 * unigrams so that parts of words such as 有色 in 有色金属 are found; its query side {@code zh_bigram_query} emits bigrams
 * only.
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.WORDS)
                .custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .charFilter(MappingCharFilterFactory.class)
                .param("mapping", ChineseText.MAPPING_RESOURCE)
                .tokenFilter(LowerCaseFilterFactory.class);
        bigrams(context, SearchAnalyzers.BIGRAMS, true);
        bigrams(context, SearchAnalyzers.BIGRAMS_QUERY, false);
    }

    private static void bigrams(LuceneAnalysisConfigurationContext context, String name, boolean unigrams) {
        context.analyzer(name)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .charFilter(MappingCharFilterFactory.class)
                .param("mapping", ChineseText.MAPPING_RESOURCE)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class)
                .param("outputUnigrams", String.valueOf(unigrams));
    }
}
