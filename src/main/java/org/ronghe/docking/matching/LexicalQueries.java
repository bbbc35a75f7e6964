package org.ronghe.docking.matching;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.ChineseSearch;
import org.springframework.stereotype.Component;

/**
 * The lexical half of a match as one flat disjunction of the probe's most telling words and bigrams — those rarest in
 * the index searched for how often the probe says them (tf × idf, picked by Lucene's {@link MoreLikeThis}), each looked
 * for in the text (which begins with the title). A long probe would otherwise put hundreds of clauses, common bigrams
 * among them, in nested disjunctions that score every document sharing one of them; a flat disjunction of a few dozen
 * lets Lucene skip the documents that cannot reach the top (ADR 0027). Looking in the title as well, or for more terms,
 * doubled the clauses and the time at a million items without finding better matches on the labelled set (ADR 0030).
 */
@Component
class LexicalQueries {

    /** Words and bigrams kept from a probe, each. */
    private static final int TERMS = 16;

    private static final String TEXT = "text";

    private final EntityManagerFactory entityManagerFactory;
    private final Analysers analysers;

    LexicalQueries(EntityManagerFactory entityManagerFactory, Analysers analysers) {
        this.entityManagerFactory = entityManagerFactory;
        this.analysers = analysers;
    }

    /**
     * The term queries for the probe's words (already cut by the word analyser) and its text (for bigrams); none when
     * the index holds none of them.
     */
    List<Query> of(Class<?> type, String probeWords, String probeText) {
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(type)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            String bigram = ChineseSearch.BIGRAM_SUFFIX;
            return Stream.concat(
                            terms(telling(reader, analysers.words(), TEXT, probeWords), TEXT),
                            terms(telling(reader, analysers.bigrams(), TEXT + bigram, probeText), TEXT + bigram))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] telling(IndexReader reader, Analyzer analyzer, String field, String text)
            throws IOException {
        if (text.isBlank()) {
            return new String[0];
        }
        MoreLikeThis picker = new MoreLikeThis(reader);
        picker.setAnalyzer(analyzer);
        picker.setFieldNames(new String[] {field});
        picker.setMinTermFreq(1);
        picker.setMinDocFreq(1);
        picker.setMinWordLen(1);
        picker.setMaxQueryTerms(TERMS);
        return picker.retrieveInterestingTerms(new StringReader(text), field);
    }

    private static Stream<Query> terms(String[] terms, String field) {
        return Arrays.stream(terms).map(term -> new TermQuery(new Term(field, term)));
    }
}
