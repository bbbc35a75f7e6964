package org.ronghe.docking.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ronghe.core.RuleBroken;
import org.ronghe.docking.fairs.Schedule.Seat;
import org.ronghe.docking.fairs.Schedule.Sides;

/** Pairs at a fair: best first, three per need at most, one partner at a time per organisation, seats not shared. */
class FairScheduleTests {

    /** Needs 1–3 of organisations 101–103 (1 and 2 of the same one); capabilities 11–14 of organisations 201–202. */
    static final Map<Long, Long> NEEDS = Map.of(1L, 101L, 2L, 101L, 3L, 103L);

    static final Map<Long, Long> OFFERS = Map.of(11L, 201L, 12L, 201L, 13L, 202L, 14L, 202L);

    static final Function<FairPair, Sides> SIDES =
            p -> new Sides(NEEDS.get(p.demandId()), OFFERS.get(p.capabilityId()));

    static Fair fair(int tables, int slots) {
        Fair fair = Fair.plan(
                new FairDraft(1L, "对接会", LocalDate.of(2026, 12, 20), null, null, null, tables, slots).validate(),
                Instant.EPOCH,
                "test");
        fair.select(NEEDS.keySet(), OFFERS.keySet());
        return fair;
    }

    static List<Fair.Candidate> everyPair() {
        List<Fair.Candidate> all = new java.util.ArrayList<>();
        double score = 1;
        for (Long need : List.of(1L, 2L, 3L)) {
            for (Long offer : List.of(11L, 12L, 13L, 14L)) {
                all.add(new Fair.Candidate(need, offer, score));
                score -= 0.01;
            }
        }
        return all;
    }

    @Test
    void noOrganisationMeetsTwoPartnersAtOnceAndNoSeatIsShared() {
        Fair fair = fair(2, 20);
        int placed = fair.propose(everyPair(), SIDES);
        assertThat(placed).isEqualTo(9);
        Set<String> busy = new HashSet<>();
        for (FairPair p : fair.pairs()) {
            assertThat(busy.add("seat " + p.tableNo() + "@" + p.slotNo())).isTrue();
            assertThat(busy.add("org " + NEEDS.get(p.demandId()) + "@" + p.slotNo()))
                    .isTrue();
            assertThat(busy.add("org " + OFFERS.get(p.capabilityId()) + "@" + p.slotNo()))
                    .isTrue();
        }
        assertThat(fair.pairs().stream().filter(p -> p.demandId() == 1L)).hasSize(3);
        assertThat(fair.pairs().stream().filter(p -> p.demandId() == 1L).map(FairPair::capabilityId))
                .containsExactlyInAnyOrder(11L, 12L, 13L);
        assertThat(fair.pairs().get(0).slotNo()).isZero();
    }

    @Test
    void aFullFairPlacesWhatFitsAndKeepsPairsAddedByHandOrWithAnOutcome() {
        Fair fair = fair(1, 2);
        fair.add(3L, 14L, new Seat(1, 1), SIDES.apply(pair(3L, 14L)), SIDES);
        assertThat(fair.propose(everyPair(), SIDES)).isEqualTo(1);
        assertThat(fair.pairs()).hasSize(2);
        fair.outcome(fair.pairs().get(0).demandId(), fair.pairs().get(0).capabilityId(), FairOutcome.MET, null, null);
        assertThat(fair.propose(everyPair(), SIDES)).isZero();
        assertThat(fair.pairs()).hasSize(2).allMatch(FairPair::kept);
        assertThatThrownBy(() -> fair.add(2L, 12L, null, SIDES.apply(pair(2L, 12L)), SIDES))
                .isInstanceOf(RuleBroken.class)
                .hasFieldOrPropertyWithValue("code", "docking.fair.full");
    }

    @Test
    void aPairMovesOnlyToAFreeSeatWhereBothSidesAreFree() {
        Fair fair = fair(3, 3);
        fair.add(1L, 11L, new Seat(1, 0), SIDES.apply(pair(1L, 11L)), SIDES);
        fair.add(2L, 13L, new Seat(2, 1), SIDES.apply(pair(2L, 13L)), SIDES);
        assertThatThrownBy(() -> fair.move(1L, 11L, new Seat(3, 1), SIDES))
                .hasFieldOrPropertyWithValue("code", "docking.fair.seat-taken");
        assertThatThrownBy(() -> fair.move(1L, 11L, new Seat(2, 1), SIDES))
                .hasFieldOrPropertyWithValue("code", "docking.fair.seat-taken");
        fair.move(1L, 11L, new Seat(3, 2), SIDES);
        assertThat(fair.existing(1L, 11L))
                .extracting(FairPair::tableNo, FairPair::slotNo)
                .containsExactly(3, 2);
        assertThatThrownBy(() -> fair.add(1L, 11L, null, SIDES.apply(pair(1L, 11L)), SIDES))
                .hasFieldOrPropertyWithValue("code", "docking.fair.pair-exists");
        assertThatThrownBy(() -> fair.revise(
                        new FairDraft(1L, "对接会", LocalDate.of(2026, 12, 20), null, null, null, 2, 3).validate()))
                .hasFieldOrPropertyWithValue("code", "docking.fair.pairs-outside");
    }

    static FairPair pair(Long need, Long offer) {
        return new FairPair(need, offer, 0, 0, 0, true, null, null, null);
    }
}
