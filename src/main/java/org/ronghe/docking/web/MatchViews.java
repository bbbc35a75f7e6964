package org.ronghe.docking.web;

import java.util.List;
import java.util.Map;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.matching.Match;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.MatchReason;
import org.ronghe.docking.matching.Matcher;
import org.ronghe.docking.matching.Probe;
import org.ronghe.docking.matching.Ranking;
import org.ronghe.talent.needs.NeedDraft;
import org.springframework.stereotype.Component;

/** Matches as pages and the API show them: ranked items with their owners named and their reasons. */
@Component
class MatchViews {

    static final int MAX_SIZE = 50;

    private final Matcher matcher;
    private final DemandAccess demands;
    private final Directory directory;

    MatchViews(Matcher matcher, DemandAccess demands, Directory directory) {
        this.matcher = matcher;
        this.demands = demands;
        this.directory = directory;
    }

    /** A capability ranked for a need. */
    record CapabilityMatch(
            Long capabilityId,
            double score,
            List<MatchReason> reasons,
            String kind,
            String title,
            Long organisationId,
            String organisationName) {}

    /** A need ranked for a capability. */
    record NeedMatch(
            Long needId,
            double score,
            List<MatchReason> reasons,
            String kind,
            String title,
            Long organisationId,
            String organisationName) {}

    List<CapabilityMatch> forDemand(Demand d, MatchFilter filter, Ranking ranking, int size) {
        return capabilities(matcher.capabilities(Probe.of(d), filter, ranking, bounded(size)));
    }

    List<CapabilityMatch> forTalentNeed(NeedDraft need, MatchFilter filter, Ranking ranking, int size) {
        String text = String.join(
                "\n",
                need.post(),
                need.majors() == null ? "" : need.majors(),
                need.skills() == null ? "" : need.skills());
        Probe probe = new Probe(text.strip(), null, null, null, need.regionCode());
        return capabilities(matcher.capabilities(probe, filter, ranking, bounded(size)));
    }

    /** Needs the signed-in user may see, ranked for a capability. */
    List<NeedMatch> forCapability(Capability c, MatchFilter filter, Ranking ranking, int size) {
        Probe probe = new Probe(c.text(), c.embedding(), c.industrySection(), c.industryDivision(), c.regionCode());
        List<Match> found = matcher.demands(probe, filter, demands.audience(), ranking, bounded(size));
        Map<Long, String> names = names(found);
        return found.stream()
                .map(m -> new NeedMatch(
                        m.id(),
                        m.score(),
                        m.reasons(),
                        m.kind(),
                        m.title(),
                        m.organisationId(),
                        names.get(m.organisationId())))
                .toList();
    }

    private List<CapabilityMatch> capabilities(List<Match> found) {
        Map<Long, String> names = names(found);
        return found.stream()
                .map(m -> new CapabilityMatch(
                        m.id(),
                        m.score(),
                        m.reasons(),
                        m.kind(),
                        m.title(),
                        m.organisationId(),
                        names.get(m.organisationId())))
                .toList();
    }

    private Map<Long, String> names(List<Match> found) {
        return directory.names(found.stream().map(Match::organisationId).toList());
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}
