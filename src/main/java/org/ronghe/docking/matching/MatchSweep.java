package org.ronghe.docking.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ronghe.docking.demands.Demands;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks needs as matched for the docking funnel: a need is matched from the first time the hybrid matching finds a
 * capability for it (what its matches page would show). Open needs without a match are looked at again an hour after
 * the last look, as the catalogue grows; a batch at a time, oldest look first.
 */
@Service
public class MatchSweep {

    static final Duration AGAIN_AFTER = Duration.ofHours(1);

    private final Matcher matcher;
    private final Demands demands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MatchSweep(Matcher matcher, Demands demands, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.matcher = matcher;
        this.demands = demands;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Looks for matches of at most {@code max} unmatched needs; returns how many were found matched. */
    public int sweep(int max) {
        Instant now = clock.instant();
        List<Long> ids = jdbc.sql("select id from demands where matched_at is null and embedding_model is not null "
                        + "and status in ('OPEN', 'DOCKING') and (match_checked_at is null or match_checked_at < ?) "
                        + "order by match_checked_at nulls first, id limit ?")
                .params(Timestamp.from(now.minus(AGAIN_AFTER)), max)
                .query(Long.class)
                .list();
        int matched = 0;
        for (Long id : ids) {
            boolean found = Boolean.TRUE.equals(transaction.execute(s -> demands.findById(id)
                    .map(d -> !matcher.capabilities(Probe.of(d), MatchFilter.NONE, Ranking.HYBRID, 1)
                            .isEmpty())
                    .orElse(false)));
            jdbc.sql(
                            "update demands set match_checked_at = ?, matched_at = case when ? then cast(? as timestamp with time zone) end where id = ? "
                                    + "and matched_at is null")
                    .params(Timestamp.from(now), found, Timestamp.from(now), id)
                    .update();
            matched += found ? 1 : 0;
        }
        return matched;
    }
}
