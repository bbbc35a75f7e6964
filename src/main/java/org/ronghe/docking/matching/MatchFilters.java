package org.ronghe.docking.matching;

import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.Industry;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.DemandStatus;
import org.ronghe.docking.demands.Visibility;
import org.springframework.stereotype.Component;

/**
 * The filters of matching as search predicates, applied alike to the lexical and the vector ranking: offered
 * capabilities only, demands open or in docking and visible to the audience; kinds, industry, region, a body's members,
 * owner types.
 */
@Component
class MatchFilters {

    /** An id no row has: a filter on an empty set of owners matches nothing. */
    private static final List<Long> NO_ONE = List.of(-1L);

    private final Community community;

    MatchFilters(Community community) {
        this.community = community;
    }

    /** Capabilities offered (not withdrawn), or also those withdrawn. */
    SearchPredicate capabilities(SearchPredicateFactory f, MatchFilter filter, boolean withdrawnToo) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(f.matchAll());
        capabilities(all, f, filter, withdrawnToo);
        return all.toPredicate();
    }

    /**
     * Adds the clauses of {@link #capabilities(SearchPredicateFactory, MatchFilter, boolean)} to a query of one's own:
     * the few withdrawn ones excluded rather than the many others required, so that a ranking query alone leads the
     * search (ADR 0030).
     */
    void capabilities(
            BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f, MatchFilter filter, boolean withdrawnToo) {
        common(all, f, filter);
        if (!withdrawnToo) {
            all.mustNot(f.match().field("withdrawn").matching(true));
        }
        if (filter.organisationId() != null) {
            all.filter(f.match().field("organisationId").matching(filter.organisationId()));
        }
        if (filter.bodyId() != null) {
            List<Long> members = community.activeMembers(filter.bodyId());
            all.filter(f.terms().field("organisationId").matchingAny(members.isEmpty() ? NO_ONE : members));
        }
        if (!filter.ownerTypes().isEmpty()) {
            all.filter(f.terms().field("ownerType").matchingAny(filter.ownerTypes()));
        }
    }

    /** Demands in these statuses (any when empty) that the audience may see. */
    SearchPredicate demands(SearchPredicateFactory f, MatchFilter filter, Set<String> statuses, Audience audience) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(f.matchAll());
        demands(all, f, filter, statuses, audience);
        return all.toPredicate();
    }

    /**
     * Adds the clauses of demands open to docking (open, or in docking) the audience may see to a query of one's own.
     */
    void openDemands(
            BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f, MatchFilter filter, Audience audience) {
        demands(all, f, filter, Set.of(DemandStatus.OPEN.name(), DemandStatus.DOCKING.name()), audience);
    }

    private void demands(
            BooleanPredicateClausesStep<?, ?> all,
            SearchPredicateFactory f,
            MatchFilter filter,
            Set<String> statuses,
            Audience audience) {
        common(all, f, filter);
        if (!statuses.isEmpty()) {
            all.filter(f.terms().field("status").matchingAny(statuses, ValueModel.INDEX));
        }
        if (filter.organisationId() != null) {
            all.filter(f.match().field("organisationId").matching(filter.organisationId()));
        }
        if (filter.bodyId() != null) {
            all.filter(f.match().field("bodyId").matching(filter.bodyId()));
        }
        if (!audience.everything()) {
            all.filter(seen(f, audience));
        }
    }

    private static SearchPredicate seen(SearchPredicateFactory f, Audience audience) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(f.match().field("visibility").matching(Visibility.PUBLIC.name(), ValueModel.INDEX));
        any.should(f.terms().field("organisationId").matchingAny(orNoOne(audience.organisations())));
        any.should(f.terms().field("bodyId").matchingAny(orNoOne(audience.keeps())));
        any.should(f.bool()
                .must(f.match().field("visibility").matching(Visibility.MEMBERS.name(), ValueModel.INDEX))
                .must(f.terms().field("bodyId").matchingAny(orNoOne(audience.memberOf()))));
        return any.toPredicate();
    }

    private static void common(BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f, MatchFilter filter) {
        if (!filter.kinds().isEmpty()) {
            all.filter(f.terms().field("kind").matchingAny(filter.kinds(), ValueModel.INDEX));
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            Industry industry = industry(filter.industry());
            all.filter(f.match().field("industrySection").matching(industry.section()));
            if (industry.division() != null) {
                all.filter(f.match().field("industryDivision").matching(industry.division()));
            }
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            all.filter(f.wildcard().field("regionCode").matching(regionPattern(filter.region())));
        }
    }

    private static Industry industry(String code) {
        try {
            return Industry.parse(code);
        } catch (InvalidIdentifier e) {
            throw new InvalidInput("industry", e.code(), e.arguments());
        }
    }

    private static String regionPattern(String region) {
        try {
            return RegionCode.of(region.strip()).placesWithin().replace('%', '*');
        } catch (InvalidIdentifier e) {
            throw new InvalidInput("region", e.code(), e.arguments());
        }
    }

    private static Set<Long> orNoOne(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
