package org.ronghe.docking.fairs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.ronghe.core.RuleBroken;
import org.ronghe.docking.fairs.Schedule.Seat;
import org.ronghe.docking.fairs.Schedule.Sides;

/**
 * A docking fair of a body: when and where, how many tables and time slots, the needs and capabilities selected for it,
 * and the pairs to meet, each at a table in a slot (an organisation meets one partner at a time), with its outcome once
 * recorded.
 */
@Entity
@Table(name = "fairs")
public class Fair {

    /** How many partners the platform proposes for one need at most. */
    static final int PER_NEED = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private String title;

    private LocalDate heldOn;

    private String place;

    private LocalTime startsAt;

    private int slotMinutes;

    private int tables;

    private int slots;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "fair_needs", joinColumns = @JoinColumn(name = "fair_id"))
    @Column(name = "demand_id")
    private Set<Long> needIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "fair_capabilities", joinColumns = @JoinColumn(name = "fair_id"))
    @Column(name = "capability_id")
    private Set<Long> capabilityIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "fair_pairs", joinColumns = @JoinColumn(name = "fair_id"))
    private List<FairPair> pairs = new ArrayList<>();

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Fair() {}

    static Fair plan(FairDraft valid, Instant at, String by) {
        Fair fair = new Fair();
        fair.bodyId = valid.bodyId();
        fair.apply(valid);
        fair.createdAt = at;
        fair.createdBy = by;
        return fair;
    }

    /** New terms; pairs that no longer fit the tables and slots are refused. */
    void revise(FairDraft valid) {
        if (pairs.stream().anyMatch(p -> p.tableNo() > valid.tables() || p.slotNo() >= valid.slots())) {
            throw new RuleBroken("docking.fair.pairs-outside");
        }
        apply(valid);
    }

    private void apply(FairDraft valid) {
        title = valid.title();
        heldOn = valid.heldOn();
        place = valid.place();
        startsAt = valid.startsAt();
        slotMinutes = valid.slotMinutes();
        tables = valid.tables();
        slots = valid.slots();
    }

    /** The needs and capabilities taking part; pairs of items no longer selected go, unless they have an outcome. */
    void select(Set<Long> needs, Set<Long> capabilities) {
        needIds.clear();
        needIds.addAll(needs);
        capabilityIds.clear();
        capabilityIds.addAll(capabilities);
        pairs.removeIf(p ->
                p.outcome() == null && (!needIds.contains(p.demandId()) || !capabilityIds.contains(p.capabilityId())));
    }

    /** A need and a capability the matching ranked, with the score. */
    record Candidate(Long demandId, Long capabilityId, double score) {}

    /**
     * Proposes pairs again: those added by hand or with an outcome stay where they are; the others give way to the best
     * candidates, at most {@value #PER_NEED} per need, each at the earliest free seat. Returns how many were placed.
     */
    int propose(List<Candidate> candidates, Function<FairPair, Sides> sidesOf) {
        pairs.removeIf(p -> !p.kept());
        Schedule schedule = schedule(sidesOf);
        Map<Long, Integer> perNeed = new HashMap<>();
        pairs.forEach(p -> perNeed.merge(p.demandId(), 1, Integer::sum));
        int placed = 0;
        for (Candidate c : candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .toList()) {
            if (perNeed.getOrDefault(c.demandId(), 0) >= PER_NEED || pair(c.demandId(), c.capabilityId()) != null) {
                continue;
            }
            FairPair pair = new FairPair(c.demandId(), c.capabilityId(), 0, 0, c.score(), false, null, null, null);
            Sides sides = sidesOf.apply(pair);
            var seat = schedule.earliest(sides);
            if (seat.isPresent()) {
                schedule.take(seat.get(), sides);
                pairs.add(pair.at(seat.get().table(), seat.get().slot()));
                perNeed.merge(c.demandId(), 1, Integer::sum);
                placed++;
            }
        }
        return placed;
    }

    /** A pair added by hand, at the seat given or (null) the earliest free one. */
    void add(Long demandId, Long capabilityId, Seat wanted, Sides sides, Function<FairPair, Sides> sidesOf) {
        if (!needIds.contains(demandId) || !capabilityIds.contains(capabilityId)) {
            throw new RuleBroken("docking.fair.not-selected");
        }
        if (pair(demandId, capabilityId) != null) {
            throw new RuleBroken("docking.fair.pair-exists");
        }
        Seat seat = seatFor(wanted, sides, schedule(sidesOf));
        pairs.add(new FairPair(demandId, capabilityId, seat.table(), seat.slot(), 0, true, null, null, null));
    }

    /** Moves a pair to another seat. */
    void move(Long demandId, Long capabilityId, Seat wanted, Function<FairPair, Sides> sidesOf) {
        FairPair pair = existing(demandId, capabilityId);
        Schedule others = new Schedule(tables, slots);
        pairs.stream()
                .filter(p -> p != pair)
                .forEach(p -> others.take(new Seat(p.tableNo(), p.slotNo()), sidesOf.apply(p)));
        Seat seat = seatFor(wanted, sidesOf.apply(pair), others);
        pairs.set(pairs.indexOf(pair), pair.at(seat.table(), seat.slot()));
    }

    void remove(Long demandId, Long capabilityId) {
        pairs.remove(existing(demandId, capabilityId));
    }

    void outcome(Long demandId, Long capabilityId, FairOutcome outcome, String note, Long dockingId) {
        FairPair pair = existing(demandId, capabilityId);
        pairs.set(pairs.indexOf(pair), pair.ended(outcome, note, dockingId));
    }

    FairPair existing(Long demandId, Long capabilityId) {
        FairPair pair = pair(demandId, capabilityId);
        if (pair == null) {
            throw new RuleBroken("docking.fair.no-pair");
        }
        return pair;
    }

    private FairPair pair(Long demandId, Long capabilityId) {
        return pairs.stream()
                .filter(p -> p.is(demandId, capabilityId))
                .findFirst()
                .orElse(null);
    }

    private Schedule schedule(Function<FairPair, Sides> sidesOf) {
        Schedule schedule = new Schedule(tables, slots);
        pairs.forEach(p -> schedule.take(new Seat(p.tableNo(), p.slotNo()), sidesOf.apply(p)));
        return schedule;
    }

    private static Seat seatFor(Seat wanted, Sides sides, Schedule schedule) {
        if (wanted == null) {
            return schedule.earliest(sides).orElseThrow(() -> new RuleBroken("docking.fair.full"));
        }
        if (!schedule.free(wanted, sides)) {
            throw new RuleBroken("docking.fair.seat-taken");
        }
        return wanted;
    }

    /** When a slot begins. */
    public LocalTime slotStarts(int slot) {
        return startsAt.plusMinutes((long) slot * slotMinutes);
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int tables() {
        return tables;
    }

    public int slots() {
        return slots;
    }

    public Set<Long> needIds() {
        return Set.copyOf(needIds);
    }

    public Set<Long> capabilityIds() {
        return Set.copyOf(capabilityIds);
    }

    public List<FairPair> pairs() {
        return pairs.stream()
                .sorted(Comparator.comparingInt(FairPair::slotNo).thenComparingInt(FairPair::tableNo))
                .toList();
    }

    public long version() {
        return version;
    }
}
