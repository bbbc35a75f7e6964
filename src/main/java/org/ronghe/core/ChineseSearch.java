package org.ronghe.core;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The one way Ronghe matches a user's query against Chinese text indexed twice: with {@link SearchAnalyzers#WORDS}
 * under a field's name and with {@link SearchAnalyzers#BIGRAMS} under {@code <name>_bigram}. A record matches when, in
 * any of the fields, every word of the query is among its words or every bigram of the query among its bigrams. Earlier
 * fields weigh more.
 */
public final class ChineseSearch {

    public static final String BIGRAM_SUFFIX = "_bigram";

    private ChineseSearch() {}

    public static SearchPredicate matchAll(SearchPredicateFactory f, String query, String... fields) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        float boost = fields.length;
        for (String field : fields) {
            any.should(f.match()
                    .field(field)
                    .matching(query)
                    .minimumShouldMatchPercent(100)
                    .boost(boost));
            any.should(f.match()
                    .field(field + BIGRAM_SUFFIX)
                    .matching(query)
                    .analyzer(SearchAnalyzers.BIGRAMS_QUERY)
                    .minimumShouldMatchPercent(100)
                    .boost(boost));
            boost = Math.max(1, boost - 1);
        }
        return any.toPredicate();
    }
}
