package org.ronghe.docking.matching;

import java.util.List;

/**
 * One ranked item: a capability or a demand, its owner, the fused score (1 for an item first in both rankings) and the
 * reasons it matched.
 */
public record Match(Long id, String kind, String title, Long organisationId, double score, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
