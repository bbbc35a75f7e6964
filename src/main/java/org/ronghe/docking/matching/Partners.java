package org.ronghe.docking.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandStatus;
import org.ronghe.docking.demands.Demands;
import org.ronghe.docking.products.CoreProduct;
import org.ronghe.docking.products.CoreProducts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners suggested to an organisation: what it asks for (its open needs) and what it makes (its core products) are
 * matched to the catalogue, what it offers (its capabilities) to the needs the reader may see; the organisations behind
 * the matches are ranked by the sum of their matches' scores, each with the three strongest pairs that make the case.
 */
@Service
public class Partners {

    /** How many matches each of the organisation's items brings. */
    private static final int PER_ITEM = 10;

    private final Matcher matcher;
    private final Demands demands;
    private final Capabilities capabilities;
    private final CoreProducts products;

    Partners(Matcher matcher, Demands demands, Capabilities capabilities, CoreProducts products) {
        this.matcher = matcher;
        this.demands = demands;
        this.capabilities = capabilities;
        this.products = products;
    }

    /** Which of the organisation's items met which of the partner's, and how strongly. */
    public enum Side {
        NEED,
        PRODUCT,
        CAPABILITY
    }

    /** One pair that makes the case: the organisation's item and the partner's. */
    public record Because(
            Side from, Long fromId, String fromTitle, Long toId, String toKind, String toTitle, double score) {}

    /** A suggested partner: the sum of its matches' scores and the strongest pairs. */
    public record Partner(Long organisationId, double score, int matches, List<Because> because) {}

    @Transactional(readOnly = true)
    public List<Partner> of(Long organisationId, Audience audience, int size) {
        Map<Long, List<Because>> found = new HashMap<>();
        for (Demand d : demands.findTop20ByOrganisationIdAndStatusInOrderByIdDesc(
                organisationId, List.of(DemandStatus.OPEN, DemandStatus.DOCKING))) {
            if (audience.sees(d)) {
                collect(found, organisationId, Side.NEED, d.id(), d.title(), capabilityMatches(Probe.of(d)));
            }
        }
        for (CoreProduct p : products.findByOrganisationIdOrderById(organisationId)) {
            Probe probe = new Probe(p.text(), null, p.industrySection(), p.industryDivision(), null);
            collect(found, organisationId, Side.PRODUCT, p.id(), p.name(), capabilityMatches(probe));
        }
        for (Capability c : capabilities.findTop20ByOrganisationIdAndWithdrawnFalseOrderByIdDesc(organisationId)) {
            Probe probe = new Probe(c.text(), c.embedding(), c.industrySection(), c.industryDivision(), c.regionCode());
            collect(
                    found,
                    organisationId,
                    Side.CAPABILITY,
                    c.id(),
                    c.title(),
                    matcher.demands(probe, MatchFilter.NONE, audience, Ranking.HYBRID, PER_ITEM));
        }
        return found.entrySet().stream()
                .map(e -> partner(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Partner::score).reversed().thenComparing(Partner::organisationId))
                .limit(size)
                .toList();
    }

    private List<Match> capabilityMatches(Probe probe) {
        return matcher.capabilities(probe, MatchFilter.NONE, Ranking.HYBRID, PER_ITEM);
    }

    private static void collect(
            Map<Long, List<Because>> found, Long self, Side side, Long id, String title, List<Match> matches) {
        for (Match m : matches) {
            if (!m.organisationId().equals(self)) {
                found.computeIfAbsent(m.organisationId(), k -> new ArrayList<>())
                        .add(new Because(side, id, title, m.id(), m.kind(), m.title(), m.score()));
            }
        }
    }

    private static Partner partner(Long organisationId, List<Because> pairs) {
        List<Because> strongest = pairs.stream()
                .sorted(Comparator.comparingDouble(Because::score).reversed())
                .limit(3)
                .toList();
        double score = pairs.stream().mapToDouble(Because::score).sum();
        return new Partner(organisationId, Math.round(score * 1000) / 1000.0, pairs.size(), strongest);
    }
}
