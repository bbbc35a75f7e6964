package org.ronghe.directory;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.ChineseSearch;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public operations: register, look up and search organisations. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    Directory(Organisations organisations, EntityManager entityManager, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public Organisation register(Organisation organisation) {
        Organisation saved = organisations.save(organisation);
        events.publishEvent(new OrganisationRegistered(saved.id(), saved.name()));
        return saved;
    }

    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** Summaries by id, for modules that hold organisation ids. Unknown ids are left out. */
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findSummaries(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /**
     * Full-text search on names (traditional or simplified, whole words or parts), optionally of one
     * type; sorted by relevance when there is a query, by name otherwise. Hits come from the index alone.
     */
    public PageResult<OrganisationHit> search(String query, OrganisationType type, int page, int size) {
        boolean hasQuery = query != null && !query.isBlank();
        return PageResult.fetch(Search.session(entityManager).search(Organisation.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("name", String.class), f.field("type", OrganisationType.class),
                                f.field("schoolLevel", SchoolLevel.class), f.field("regionCode", String.class))
                        .asArray(Directory::hit))
                .where((f, root) -> {
                    root.add(hasQuery ? ChineseSearch.matchAll(f, query.trim(), "name") : f.matchAll().toPredicate());
                    if (type != null) {
                        root.add(f.match().field("type").matching(type));
                    }
                })
                .sort(f -> hasQuery ? f.score() : f.field("name_sort")), page, size);
    }

    private static OrganisationHit hit(Object[] v) {
        return new OrganisationHit((Long) v[0], (String) v[1], (OrganisationType) v[2], (SchoolLevel) v[3], (String) v[4]);
    }
}
