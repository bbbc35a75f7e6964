package org.ronghe.docking.matching;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.ChineseSearch;
import org.ronghe.core.PageResult;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Demand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of demands and capabilities, read from the search index with the filters of matching: words of a query
 * (traditional or simplified, parts of words) ranked by relevance, otherwise newest first; demands only as the audience
 * may see them.
 */
@Service
public class Listing {

    private final EntityManager entityManager;
    private final MatchFilters filters;

    Listing(EntityManager entityManager, MatchFilters filters) {
        this.entityManager = entityManager;
        this.filters = filters;
    }

    @Transactional(readOnly = true)
    public PageResult<Demand> demands(
            String q, MatchFilter filter, Set<String> statuses, Audience audience, int page, int size) {
        boolean words = q != null && !q.isBlank();
        return PageResult.fetch(
                Search.session(entityManager)
                        .search(Demand.class)
                        .where(f -> f.bool()
                                .filter(filters.demands(f, filter, statuses, audience))
                                .must(
                                        words
                                                ? ChineseSearch.matchAll(f, q.strip(), "title", "text")
                                                : f.matchAll().toPredicate()))
                        .sort(f -> words ? f.score() : f.field("createdAt").desc()),
                page,
                size);
    }

    @Transactional(readOnly = true)
    public PageResult<Capability> capabilities(String q, MatchFilter filter, boolean withdrawnToo, int page, int size) {
        boolean words = q != null && !q.isBlank();
        return PageResult.fetch(
                Search.session(entityManager)
                        .search(Capability.class)
                        .where(f -> f.bool()
                                .filter(filters.capabilities(f, filter, withdrawnToo))
                                .must(
                                        words
                                                ? ChineseSearch.matchAll(f, q.strip(), "title", "text")
                                                : f.matchAll().toPredicate()))
                        .sort(f -> words ? f.score() : f.field("createdAt").desc()),
                page,
                size);
    }
}
