package org.ronghe.docking.matching;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchFetchable;
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

    /** At most this many rows go into an export. */
    public static final int EXPORT_MAX = 50_000;

    @Transactional(readOnly = true)
    public PageResult<Demand> demands(
            String q, MatchFilter filter, Set<String> statuses, Audience audience, int page, int size) {
        return PageResult.fetch(demandQuery(q, filter, statuses, audience), page, size);
    }

    /** Every demand of the list (at most {@value #EXPORT_MAX}), for an export. */
    @Transactional(readOnly = true)
    public List<Demand> allDemands(String q, MatchFilter filter, Set<String> statuses, Audience audience) {
        return demandQuery(q, filter, statuses, audience).fetchHits(EXPORT_MAX);
    }

    @Transactional(readOnly = true)
    public PageResult<Capability> capabilities(String q, MatchFilter filter, boolean withdrawnToo, int page, int size) {
        return PageResult.fetch(capabilityQuery(q, filter, withdrawnToo), page, size);
    }

    /** Every capability of the list (at most {@value #EXPORT_MAX}), for an export. */
    @Transactional(readOnly = true)
    public List<Capability> allCapabilities(String q, MatchFilter filter, boolean withdrawnToo) {
        return capabilityQuery(q, filter, withdrawnToo).fetchHits(EXPORT_MAX);
    }

    private SearchFetchable<Demand> demandQuery(String q, MatchFilter filter, Set<String> statuses, Audience audience) {
        boolean words = q != null && !q.isBlank();
        return Search.session(entityManager)
                .search(Demand.class)
                .where(f -> f.bool()
                        .filter(filters.demands(f, filter, statuses, audience))
                        .must(
                                words
                                        ? ChineseSearch.matchAll(f, q.strip(), "title", "text")
                                        : f.matchAll().toPredicate()))
                .sort(f -> words ? f.score() : f.field("createdAt").desc());
    }

    private SearchFetchable<Capability> capabilityQuery(String q, MatchFilter filter, boolean withdrawnToo) {
        boolean words = q != null && !q.isBlank();
        return Search.session(entityManager)
                .search(Capability.class)
                .where(f -> f.bool()
                        .filter(filters.capabilities(f, filter, withdrawnToo))
                        .must(
                                words
                                        ? ChineseSearch.matchAll(f, q.strip(), "title", "text")
                                        : f.matchAll().toPredicate()))
                .sort(f -> words ? f.score() : f.field("createdAt").desc());
    }
}
