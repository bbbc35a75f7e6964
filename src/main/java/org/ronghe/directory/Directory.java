package org.ronghe.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.Actor;
import org.ronghe.core.ChineseSearch;
import org.ronghe.core.ChineseText;
import org.ronghe.core.CreditCode;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.directory.OrganisationEvents.OrganisationRevised;
import org.ronghe.directory.OrganisationEvents.OrganisationsMerged;
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

    Directory(
            Organisations organisations,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Registers an organisation typed in by a user.
     *
     * @param duplicateConfirmed the user saw the organisations with the same normalised name and says theirs is another
     * @throws InvalidInput when a field breaks a rule, including a credit code used by another organisation
     * @throws PossibleDuplicate when the name matches existing organisations and that was not confirmed
     */
    @Transactional
    public Organisation register(OrganisationDraft draft, boolean duplicateConfirmed) {
        OrganisationDraft.Checked details = draft.validate();
        requireFreeCreditCode(details, null);
        if (!duplicateConfirmed) {
            List<OrganisationSummary> same = sameName(details.name());
            if (!same.isEmpty()) {
                throw new PossibleDuplicate(same);
            }
        }
        Organisation saved = organisations.save(new Organisation(details));
        events.publishEvent(new OrganisationRegistered(saved.id(), saved.name()));
        return saved;
    }

    /**
     * Revises an organisation if nobody changed it since {@code expectedVersion} was read.
     *
     * @throws OptimisticLockException when it changed meanwhile
     * @throws InvalidInput when a field breaks a rule
     */
    @Transactional
    public Organisation revise(Long id, long expectedVersion, OrganisationDraft draft) {
        Organisation organisation = get(id);
        Versions.require("organisation", id, organisation.version(), expectedVersion);
        OrganisationDraft.Checked details = draft.validate();
        requireFreeCreditCode(details, id);
        organisation.revise(details);
        events.publishEvent(new OrganisationRevised(id, organisation.name()));
        return organisation;
    }

    /**
     * Merges a duplicate into the organisation that survives: other modules move their references (memberships, seats,
     * grants) on hearing {@link OrganisationsMerged}; the survivor takes over the details it lacked; the duplicate's id
     * keeps leading to the survivor.
     */
    @Transactional
    public Organisation merge(Long survivorId, Long mergedId) {
        if (survivorId.equals(mergedId)) {
            throw new RuleBroken("organisation.merge.same");
        }
        Organisation survivor = get(survivorId);
        Organisation merged = get(mergedId);
        events.publishEvent(new OrganisationsMerged(survivorId, mergedId, merged.name()));
        organisations.delete(merged);
        organisations.flush();
        survivor.absorb(merged);
        jdbc.sql("update organisation_merges set survivor_id = ? where survivor_id = ?")
                .params(survivorId, mergedId)
                .update();
        jdbc.sql("insert into organisation_merges (merged_id, merged_name, survivor_id, merged_at, merged_by) "
                        + "values (?, ?, ?, now(), ?)")
                .params(mergedId, merged.name(), survivorId, Actor.current())
                .update();
        return survivor;
    }

    /** The organisation a merged duplicate now lives on as. */
    public Optional<Long> survivorOf(Long mergedId) {
        return jdbc.sql("select survivor_id from organisation_merges where merged_id = ?")
                .param(mergedId)
                .query(Long.class)
                .optional();
    }

    /**
     * The organisation a person means by what they typed in an organisation field: a number is taken as the id,
     * anything else as a name (traditional or simplified, any spacing) that must name exactly one organisation.
     *
     * @throws InvalidInput on the field {@code organisation} when nothing or several organisations match
     */
    public Long pick(String nameOrNumber) {
        if (nameOrNumber == null || nameOrNumber.isBlank()) {
            throw new InvalidInput("organisation", "organisation.required");
        }
        String text = nameOrNumber.strip();
        if (text.matches("\\d{1,18}")) {
            return get(Long.valueOf(text)).id();
        }
        List<OrganisationSummary> named = sameName(text);
        if (named.size() != 1) {
            throw named.isEmpty()
                    ? new InvalidInput("organisation", "organisation.not-found", text)
                    : new InvalidInput("organisation", "organisation.ambiguous", text, named.size());
        }
        return named.get(0).id();
    }

    /** Organisations whose normalised name (simplified, half-width, no spaces) equals this name's. */
    public List<OrganisationSummary> sameName(String name) {
        return organisations.findByNormalisedNameOrderById(ChineseText.normalisedName(name)).stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    private void requireFreeCreditCode(OrganisationDraft.Checked details, Long self) {
        if (details.creditCode() == null) {
            return;
        }
        organisations
                .findByCreditCode(details.creditCode().value())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new InvalidInput("creditCode", "organisation.credit-code.taken", other.name());
                });
    }

    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    public Organisation get(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /**
     * Summaries by id, for modules that hold organisation ids; unknown ids are left out. Plain SQL with one array
     * parameter: the body page asks for hundreds at once, and an {@code in} list of varying length costs Hibernate a
     * new query translation each time.
     */
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name, type, school_level from organisations where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(Directory::summary)
                .stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** Names by id (unknown ids are left out), for pages that show organisations a module holds by id. */
    public Map<Long, String> names(Collection<Long> ids) {
        return summaries(ids.stream().distinct().toList()).values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }

    /** The organisation registered with a 统一社会信用代码, if any. */
    public Optional<Long> withCreditCode(CreditCode code) {
        return organisations.findByCreditCode(code.value()).map(Organisation::id);
    }

    /** An organisation's name, or {@code #id} when there is none with that id (merged away). */
    public String nameOf(Long id) {
        OrganisationSummary summary = summaries(List.of(id)).get(id);
        return summary == null ? "#" + id : summary.name();
    }

    /**
     * Full-text search on names (traditional or simplified, whole words or parts) with filters. Hits come from the
     * index alone; with text, the total is exact up to {@link PageResult#EXACT_TOTAL_UP_TO}.
     */
    public PageResult<OrganisationHit> search(OrganisationQuery query, int page, int size) {
        if (query.onlyIds() != null && query.onlyIds().isEmpty()) {
            return PageResult.of(List.of(), page, size);
        }
        return PageResult.fetch(
                Search.session(entityManager)
                        .search(Organisation.class)
                        .select(f -> f.composite()
                                .from(
                                        f.id(Long.class),
                                        f.field("name", String.class),
                                        f.field("type", OrganisationType.class),
                                        f.field("schoolLevel", SchoolLevel.class),
                                        f.field("regionCode", String.class))
                                .asArray(Directory::hit))
                        .where((f, root) -> {
                            root.add(
                                    query.hasText()
                                            ? ChineseSearch.matchAll(
                                                    f, query.text().trim(), "name")
                                            : f.matchAll().toPredicate());
                            filter(root, f, "type", query.type());
                            filter(root, f, "schoolLevel", query.level());
                            filter(root, f, "regionLevels", blankToNull(query.region()));
                            Industry.optional(query.industry())
                                    .ifPresent(industry -> filter(
                                            root,
                                            f,
                                            industry.division() == null ? "industrySection" : "industryDivision",
                                            industry.code()));
                            if (query.onlyIds() != null) {
                                root.add(f.id().matchingAny(query.onlyIds()));
                            }
                        })
                        .sort(f -> switch (query.sort()) {
                            case NEWEST -> f.field("createdAt").desc();
                            case NAME -> f.field("name_sort");
                            case RELEVANCE -> query.hasText() ? f.score() : f.field("name_sort");
                        })
                        .totalHitCountThreshold(query.hasText() ? PageResult.EXACT_TOTAL_UP_TO : Long.MAX_VALUE),
                page,
                size);
    }

    private static void filter(
            SimpleBooleanPredicateClausesCollector<?, ?> root, SearchPredicateFactory f, String field, Object value) {
        if (value != null) {
            root.add(f.match().field(field).matching(value));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static OrganisationSummary summary(ResultSet row, int number) throws SQLException {
        String level = row.getString("school_level");
        return new OrganisationSummary(
                row.getLong("id"),
                row.getString("name"),
                OrganisationType.valueOf(row.getString("type")),
                level == null ? null : SchoolLevel.valueOf(level));
    }

    private static OrganisationHit hit(Object[] v) {
        return new OrganisationHit(
                (Long) v[0], (String) v[1], (OrganisationType) v[2], (SchoolLevel) v[3], (String) v[4]);
    }
}
