package org.ronghe.docking.matching;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.Demands;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks capabilities for a probe (a demand, a talent need, any text) and demands for a probe (a capability): the
 * Chinese lexical search (words and bigrams, BM25) and the nearest vectors (HNSW in the same index), each filtered
 * alike, fused by reciprocal rank (ADR 0025; the lexical query: ADR 0027); each match with its reasons. Demands are
 * only those the audience may see.
 */
@Service
public class Matcher {

    /** How deep each ranking is read before fusing. */
    private static final int DEPTH = 50;
    /**
     * Nearest vectors below this cosine similarity are no match: on the labelled set (bench/relevance) 95 % of the
     * relevant pairs among each need's 50 nearest lie above 0.51 and half of the others below 0.52 (ADR 0025).
     */
    static final float MIN_SIMILARITY = 0.5f;
    /** Lexical queries read at most this much of the probe's text (the title and the start of the problem). */
    private static final int QUERY_CHARS = 400;

    private final EntityManager entityManager;
    private final Embedder embedder;
    private final MatchFilters filters;
    private final MatchReasons reasons;
    private final LexicalQueries lexicalQueries;
    private final Capabilities capabilities;
    private final Demands demands;

    Matcher(
            EntityManager entityManager,
            Embedder embedder,
            MatchFilters filters,
            MatchReasons reasons,
            LexicalQueries lexicalQueries,
            Capabilities capabilities,
            Demands demands) {
        this.entityManager = entityManager;
        this.embedder = embedder;
        this.filters = filters;
        this.reasons = reasons;
        this.lexicalQueries = lexicalQueries;
        this.capabilities = capabilities;
        this.demands = demands;
    }

    @Transactional(readOnly = true)
    public List<Match> capabilities(Probe probe, MatchFilter filter, Ranking ranking, int size) {
        Probe full = withVector(probe, ranking);
        Filtering offered = (all, f) -> filters.capabilities(all, f, filter, false);
        // unfiltered, the lexical query is a pure disjunction, which Lucene scores fastest; the few withdrawn go after
        List<Long> lexical = filter.none()
                ? withoutWithdrawn(lexical(Capability.class, full, ranking, (all, f) -> {}))
                : lexical(Capability.class, full, ranking, offered);
        List<Fusion.Scored> ranked = Fusion.fuse(lexical, vector(Capability.class, full, ranking, offered), size);
        Map<Long, Capability> found = capabilities.findByIdIn(ids(ranked)).stream()
                .collect(Collectors.toMap(Capability::id, Function.identity()));
        var explain = reasons.against(full);
        return ranked.stream()
                .filter(s -> found.containsKey(s.id()))
                .map(s -> capabilityMatch(explain, found.get(s.id()), s.score()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Match> demands(Probe probe, MatchFilter filter, Audience audience, Ranking ranking, int size) {
        Probe full = withVector(probe, ranking);
        Filtering open = (all, f) -> filters.openDemands(all, f, filter, audience);
        List<Fusion.Scored> ranked = Fusion.fuse(
                lexical(Demand.class, full, ranking, open), vector(Demand.class, full, ranking, open), size);
        Map<Long, Demand> found =
                demands.findByIdIn(ids(ranked)).stream().collect(Collectors.toMap(Demand::id, Function.identity()));
        var explain = reasons.against(full);
        return ranked.stream()
                .filter(s -> found.containsKey(s.id()) && audience.sees(found.get(s.id())))
                .map(s -> demandMatch(explain, found.get(s.id()), s.score()))
                .toList();
    }

    private static Match capabilityMatch(
            Function<MatchReasons.Side, List<MatchReason>> explain, Capability c, double score) {
        MatchReasons.Side side = new MatchReasons.Side(
                c.text(), c.embedding(), c.industrySection(), c.industryDivision(), c.regionCode());
        return new Match(c.id(), c.kind().name(), c.title(), c.organisationId(), score, explain.apply(side));
    }

    private static Match demandMatch(Function<MatchReasons.Side, List<MatchReason>> explain, Demand d, double score) {
        MatchReasons.Side side = new MatchReasons.Side(
                d.text(), d.embedding(), d.industrySection(), d.industryDivision(), d.regionCode());
        return new Match(d.id(), d.kind().name(), d.title(), d.organisationId(), score, explain.apply(side));
    }

    private Probe withVector(Probe probe, Ranking ranking) {
        if (probe.vector() != null || ranking == Ranking.LEXICAL || probe.text() == null) {
            return probe;
        }
        return new Probe(
                probe.text(),
                embedder.embed(probe.text()),
                probe.industrySection(),
                probe.industryDivision(),
                probe.regionCode());
    }

    /** Adds a ranking's filter clauses to its query. */
    @FunctionalInterface
    private interface Filtering {
        void addTo(BooleanPredicateClausesStep<?, ?> query, SearchPredicateFactory f);
    }

    /**
     * The probe's telling terms as the query's optional clauses, one at least to match, beside the filter's: a flat
     * disjunction Lucene scores without visiting every document that matches one term (ADR 0027, 0030).
     */
    private <T> List<Long> lexical(Class<T> type, Probe probe, Ranking ranking, Filtering filter) {
        String text = probe.text();
        if (ranking == Ranking.VECTOR || text == null || text.isBlank()) {
            return List.of();
        }
        String start = text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text;
        String words = String.join(" ", reasons.queryTerms(start));
        String bigrams = start.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
        List<Query> terms = lexicalQueries.of(type, words, bigrams);
        if (terms.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager)
                .search(type)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> query = f.bool().minimumShouldMatchNumber(1);
                    terms.forEach(
                            t -> query.should(f.extension(LuceneExtension.get()).fromLuceneQuery(t)));
                    filter.addTo(query, f);
                    return query;
                })
                .totalHitCountThreshold(DEPTH)
                .fetchHits(DEPTH);
    }

    private <T> List<Long> vector(Class<T> type, Probe probe, Ranking ranking, Filtering filter) {
        float[] vector = probe.vector();
        if (ranking == Ranking.LEXICAL || vector == null) {
            return List.of();
        }
        return Search.session(entityManager)
                .search(type)
                .select(f -> f.id(Long.class))
                .where(f -> f.knn(DEPTH)
                        .field("embedding")
                        .matching(vector)
                        .filter(all(f, filter))
                        .requiredMinimumSimilarity(MIN_SIMILARITY))
                .fetchHits(DEPTH);
    }

    private List<Long> withoutWithdrawn(List<Long> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        Set<Long> withdrawn = Set.copyOf(capabilities.withdrawnAmong(ids));
        return ids.stream().filter(id -> !withdrawn.contains(id)).toList();
    }

    private static SearchPredicate all(SearchPredicateFactory f, Filtering filter) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(f.matchAll());
        filter.addTo(all, f);
        return all.toPredicate();
    }

    private static List<Long> ids(List<Fusion.Scored> ranked) {
        return ranked.stream().map(Fusion.Scored::id).toList();
    }
}
