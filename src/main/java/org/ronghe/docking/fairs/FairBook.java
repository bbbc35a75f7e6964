package org.ronghe.docking.fairs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandStatus;
import org.ronghe.docking.demands.Demands;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.docking.dockings.DockingDraft;
import org.ronghe.docking.dockings.DockingSide;
import org.ronghe.docking.fairs.FairEvents.FairChanged;
import org.ronghe.docking.fairs.Schedule.Seat;
import org.ronghe.docking.fairs.Schedule.Sides;
import org.ronghe.docking.matching.Match;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.Matcher;
import org.ronghe.docking.matching.Probe;
import org.ronghe.docking.matching.Ranking;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the docking fairs: planned by a body's secretariat, its needs (open needs posted in the body) and capabilities
 * (offered, not withdrawn) selected, pairs proposed from the matches and scheduled, adjusted by hand, outcomes recorded
 * (a docking proposed by the secretariat when both sides go on); each step published (and so audited). Callers check
 * who may act ({@link FairAccess}).
 */
@Service
@Transactional
public class FairBook {

    /** How deep the matches of each need are read when proposing pairs. */
    private static final int DEPTH = 50;

    private final Fairs fairs;
    private final Demands demands;
    private final Capabilities capabilities;
    private final Matcher matcher;
    private final DockingBook dockings;
    private final Community community;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FairBook(
            Fairs fairs,
            Demands demands,
            Capabilities capabilities,
            Matcher matcher,
            DockingBook dockings,
            Community community,
            ApplicationEventPublisher events,
            Clock clock) {
        this.fairs = fairs;
        this.demands = demands;
        this.capabilities = capabilities;
        this.matcher = matcher;
        this.dockings = dockings;
        this.community = community;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an unknown body included */
    public Fair plan(FairDraft draft) {
        FairDraft valid = draft.validate();
        try {
            community.get(valid.bodyId());
        } catch (NotFound e) {
            throw new InvalidInput("bodyId", "docking.body.unknown");
        }
        Fair fair = fairs.save(Fair.plan(valid, clock.instant(), Actor.current()));
        changed(fair, "planned", valid.title() + " " + valid.heldOn());
        return fair;
    }

    public Fair revise(Long id, long expectedVersion, FairDraft draft) {
        Fair fair = get(id, expectedVersion);
        FairDraft valid = new FairDraft(
                        fair.bodyId(),
                        draft.title(),
                        draft.heldOn(),
                        draft.place(),
                        draft.startsAt(),
                        draft.slotMinutes(),
                        draft.tables(),
                        draft.slots())
                .validate();
        fair.revise(valid);
        changed(fair, "revised", valid.toString());
        return fair;
    }

    /**
     * Selects the needs (open ones posted in the fair's body) and capabilities (offered) taking part.
     *
     * @throws InvalidInput naming the field of an item that may not take part
     */
    public Fair select(Long id, long expectedVersion, Set<Long> needIds, Set<Long> capabilityIds) {
        Fair fair = get(id, expectedVersion);
        List<Demand> needs = demands.findByIdIn(needIds);
        for (Demand d : needs) {
            if (!fair.bodyId().equals(d.bodyId())
                    || (d.status() != DemandStatus.OPEN && d.status() != DemandStatus.DOCKING)) {
                throw new InvalidInput("needIds", "docking.fair.need-not-open");
            }
        }
        List<Capability> offers = capabilities.findByIdIn(capabilityIds);
        if (needs.size() != needIds.size()
                || offers.size() != capabilityIds.size()
                || offers.stream().anyMatch(Capability::withdrawn)) {
            throw new InvalidInput("capabilityIds", "docking.fair.unknown-item");
        }
        fair.select(needIds, capabilityIds);
        changed(fair, "selected", "needs=" + needIds.size() + " capabilities=" + capabilityIds.size());
        return fair;
    }

    /** Proposes pairs from the matches of each selected need among the selected capabilities; returns how many. */
    public int propose(Long id, long expectedVersion) {
        Fair fair = get(id, expectedVersion);
        Set<Long> offered = fair.capabilityIds();
        List<Fair.Candidate> candidates = new ArrayList<>();
        Map<Long, Long> owners = owners(fair);
        for (Demand d : demands.findByIdIn(fair.needIds())) {
            for (Match m : matcher.capabilities(Probe.of(d), MatchFilter.NONE, Ranking.HYBRID, DEPTH)) {
                if (offered.contains(m.id()) && !m.organisationId().equals(d.organisationId())) {
                    candidates.add(new Fair.Candidate(d.id(), m.id(), m.score()));
                }
            }
        }
        int placed = fair.propose(candidates, sidesOf(owners));
        changed(fair, "proposed", "pairs=" + placed);
        return placed;
    }

    /** Adds a pair by hand, at the seat given or the earliest free one. */
    public Fair add(Long id, long expectedVersion, Long needId, Long capabilityId, Seat seat) {
        Fair fair = get(id, expectedVersion);
        Map<Long, Long> owners = owners(fair);
        if (owners.get(needId) != null && owners.get(needId).equals(owners.get(-capabilityId))) {
            throw new RuleBroken("docking.docking.same-organisation");
        }
        Function<FairPair, Sides> sides = sidesOf(owners);
        fair.add(needId, capabilityId, seat, new Sides(owners.get(needId), owners.get(-capabilityId)), sides);
        changed(fair, "pair-added", needId + "×" + capabilityId);
        return fair;
    }

    public Fair move(Long id, long expectedVersion, Long needId, Long capabilityId, Seat seat) {
        Fair fair = get(id, expectedVersion);
        fair.move(needId, capabilityId, seat, sidesOf(owners(fair)));
        changed(fair, "pair-moved", needId + "×" + capabilityId + " table " + seat.table() + " slot " + seat.slot());
        return fair;
    }

    public Fair remove(Long id, long expectedVersion, Long needId, Long capabilityId) {
        Fair fair = get(id, expectedVersion);
        fair.remove(needId, capabilityId);
        changed(fair, "pair-removed", needId + "×" + capabilityId);
        return fair;
    }

    /** Records what came of a pair; DOCKING proposes a docking between the two, in the secretariat's name. */
    public Fair outcome(
            Long id, long expectedVersion, Long needId, Long capabilityId, FairOutcome outcome, String note) {
        if (outcome == null) {
            throw new InvalidInput("outcome", "input.required");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInput("note", "input.too-long", 1000, note.strip().length());
        }
        Fair fair = get(id, expectedVersion);
        fair.existing(needId, capabilityId);
        Long docking = outcome == FairOutcome.DOCKING
                ? dockings.propose(new DockingDraft(needId, capabilityId, null, null, note), DockingSide.SECRETARIAT)
                        .id()
                : null;
        fair.outcome(needId, capabilityId, outcome, note == null || note.isBlank() ? null : note.strip(), docking);
        changed(fair, "outcome", needId + "×" + capabilityId + " " + outcome);
        return fair;
    }

    @Transactional(readOnly = true)
    public Fair get(Long id) {
        return fairs.findById(id).orElseThrow(() -> new NotFound("fair", id));
    }

    /** The open needs of the body the fair may select (those the audience sees), newest first. */
    @Transactional(readOnly = true)
    public List<Demand> selectableNeeds(Fair fair, Audience audience) {
        return demands
                .findTop500ByBodyIdAndStatusInOrderByIdDesc(
                        fair.bodyId(), List.of(DemandStatus.OPEN, DemandStatus.DOCKING))
                .stream()
                .filter(audience::sees)
                .toList();
    }

    private Fair get(Long id, long expectedVersion) {
        Fair fair = get(id);
        Versions.require("fair", id, fair.version(), expectedVersion);
        return fair;
    }

    /** The organisation behind each selected need (keyed by its id) and capability (keyed by minus its id). */
    private Map<Long, Long> owners(Fair fair) {
        Map<Long, Long> owners = new HashMap<>();
        demands.findByIdIn(fair.needIds()).forEach(d -> owners.put(d.id(), d.organisationId()));
        capabilities.findByIdIn(fair.capabilityIds()).forEach(c -> owners.put(-c.id(), c.organisationId()));
        return owners;
    }

    private static Function<FairPair, Sides> sidesOf(Map<Long, Long> owners) {
        return p -> new Sides(owners.get(p.demandId()), owners.get(-p.capabilityId()));
    }

    private void changed(Fair fair, String change, String detail) {
        events.publishEvent(new FairChanged(fair.id(), fair.bodyId(), change, detail));
    }
}
