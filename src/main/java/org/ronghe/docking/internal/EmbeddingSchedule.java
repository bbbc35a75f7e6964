package org.ronghe.docking.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.docking.matching.MatchSweep;
import org.ronghe.docking.matching.Vectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the embedding backlog every second (a long backlog without pausing, up to five minutes at a time) and the sweep
 * for first matches every half minute (one node of a cluster at a time), and at start-up hands back the items whose
 * vectors came from another model.
 */
@Component
class EmbeddingSchedule {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingSchedule.class);

    private static final int ROUND = 2_000;
    private static final Duration BACKLOG_BUDGET = Duration.ofMinutes(5);

    private final Vectors vectors;
    private final MatchSweep sweep;

    EmbeddingSchedule(Vectors vectors, MatchSweep sweep) {
        this.vectors = vectors;
        this.sweep = sweep;
    }

    @EventListener(ApplicationReadyEvent.class)
    void modelChanged() {
        int handedBack = vectors.forgetOtherModels();
        if (handedBack > 0) {
            log.info("{} demands and capabilities will be embedded again under the current model", handedBack);
        }
    }

    @Scheduled(fixedDelayString = "${ronghe.docking.embedding-delay:1s}")
    @SchedulerLock(name = "docking-embeddings", lockAtMostFor = "PT10M")
    public void embedPending() {
        long until = System.nanoTime() + BACKLOG_BUDGET.toNanos();
        while (vectors.embedPending(ROUND) >= ROUND && System.nanoTime() < until) {
            // a backlog (an import, a new model): on at once rather than a second later, within the lock's time
        }
    }

    /** Needs embedded since are looked at for a first match (the funnel's "matched"), unmatched ones again hourly. */
    @Scheduled(fixedDelayString = "${ronghe.docking.match-sweep-delay:30s}")
    @SchedulerLock(name = "docking-match-sweep", lockAtMostFor = "PT10M")
    public void sweepMatches() {
        sweep.sweep(100);
    }
}
