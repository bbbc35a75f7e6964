package org.ronghe.docking.matching;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.SearchAnalyzers;
import org.springframework.stereotype.Component;

/** The search index's own Chinese analysers (words; bigrams as queries cut them), looked up once when first asked. */
@Component
class Analysers {

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer words;
    private volatile Analyzer bigrams;

    Analysers(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    Analyzer words() {
        if (words == null) {
            words = named(SearchAnalyzers.WORDS);
        }
        return words;
    }

    Analyzer bigrams() {
        if (bigrams == null) {
            bigrams = named(SearchAnalyzers.BIGRAMS_QUERY);
        }
        return bigrams;
    }

    private Analyzer named(String name) {
        return Search.mapping(entityManagerFactory)
                .backend()
                .unwrap(LuceneBackend.class)
                .analyzer(name)
                .orElseThrow();
    }
}
