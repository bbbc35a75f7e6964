package org.ronghe.directory;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.ChineseSearch;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's public operations: register, look up and search organisations. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    Directory(Organisations organisations, EntityManager entityManager, ApplicationEventPublisher events,
              JdbcClient jdbc) {
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.events = events;
        this.jdbc = jdbc;
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

    /**
     * Summaries by id, for modules that hold organisation ids; unknown ids are left out. Plain SQL with
     * one array parameter: the body page asks for hundreds at once, and an {@code in} list of varying
     * length costs Hibernate a new query translation each time.
     */
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name, type, school_level from organisations where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Directory::summary).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /**
     * Full-text search on names (traditional or simplified, whole words or parts), optionally of one
     * type; sorted by relevance when there is a query, by name otherwise. Hits come from the index alone;
     * with a query, the total is exact up to {@link PageResult#EXACT_TOTAL_UP_TO}.
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
                .sort(f -> hasQuery ? f.score() : f.field("name_sort"))
                .totalHitCountThreshold(hasQuery ? PageResult.EXACT_TOTAL_UP_TO : Long.MAX_VALUE), page, size);
    }

    private static OrganisationSummary summary(ResultSet row, int number) throws SQLException {
        String level = row.getString("school_level");
        return new OrganisationSummary(row.getLong("id"), row.getString("name"),
                OrganisationType.valueOf(row.getString("type")), level == null ? null : SchoolLevel.valueOf(level));
    }

    private static OrganisationHit hit(Object[] v) {
        return new OrganisationHit((Long) v[0], (String) v[1], (OrganisationType) v[2], (SchoolLevel) v[3], (String) v[4]);
    }
}
