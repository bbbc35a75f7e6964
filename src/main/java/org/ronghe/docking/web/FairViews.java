package org.ronghe.docking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.demands.Audience;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.demands.Demands;
import org.ronghe.docking.fairs.Fair;
import org.ronghe.docking.fairs.FairAccess;
import org.ronghe.docking.fairs.FairBook;
import org.ronghe.docking.fairs.FairOutcome;
import org.ronghe.docking.fairs.FairPair;
import org.ronghe.docking.fairs.Fairs;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.Matcher;
import org.ronghe.docking.matching.Probe;
import org.ronghe.docking.matching.Ranking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fairs as pages and the API show them: items and pairs with titles and organisations named (a need the reader may not
 * see shows neither its title nor its owner), the time of each slot, and the capabilities worth selecting (the selected
 * needs' best matches).
 */
@Component
class FairViews {

    private final Fairs fairs;
    private final FairBook book;
    private final FairAccess access;
    private final Demands demands;
    private final Capabilities capabilities;
    private final DemandAccess demandAccess;
    private final Directory directory;
    private final Community community;
    private final Matcher matcher;

    FairViews(
            Fairs fairs,
            FairBook book,
            FairAccess access,
            Demands demands,
            Capabilities capabilities,
            DemandAccess demandAccess,
            Directory directory,
            Community community,
            Matcher matcher) {
        this.fairs = fairs;
        this.book = book;
        this.access = access;
        this.demands = demands;
        this.capabilities = capabilities;
        this.demandAccess = demandAccess;
        this.directory = directory;
        this.community = community;
        this.matcher = matcher;
    }

    /** A fair in a list. */
    record FairRow(Long id, Long bodyId, String bodyName, String title, LocalDate heldOn, String place, int pairs) {}

    /** A need or capability taking part (or offered for selection). */
    record Item(Long id, String title, Long organisationId, String organisationName, boolean selected) {}

    /** A pair to meet: its table (from 1), its slot (from 1) and the slot's time. */
    record PairView(
            Long needId,
            String needTitle,
            String needOrganisation,
            Long capabilityId,
            String capabilityTitle,
            String capabilityOrganisation,
            int table,
            int slot,
            LocalTime startsAt,
            LocalTime endsAt,
            double score,
            boolean added,
            FairOutcome outcome,
            String note,
            Long dockingId) {}

    /** A fair with everything the page and the API show. */
    record FairView(
            Long id,
            long version,
            Long bodyId,
            String bodyName,
            String title,
            LocalDate heldOn,
            String place,
            LocalTime startsAt,
            int slotMinutes,
            int tables,
            int slots,
            List<Item> needs,
            List<Item> capabilities,
            List<PairView> pairs) {}

    @Transactional(readOnly = true)
    List<FairRow> list(Long bodyId) {
        List<Long> bodies = bodyId != null ? List.of(bodyId) : access.readableBodies();
        return fairs.findByBodyIdInOrderByHeldOnDescIdDesc(bodies).stream()
                .filter(f -> access.canRead(f.id()))
                .map(f -> new FairRow(
                        f.id(),
                        f.bodyId(),
                        community.get(f.bodyId()).name(),
                        f.title(),
                        f.heldOn(),
                        f.place(),
                        f.pairs().size()))
                .toList();
    }

    @Transactional(readOnly = true)
    FairView of(Fair fair) {
        Audience audience = demandAccess.audience();
        Map<Long, Demand> needs = byId(demands.findByIdIn(fair.needIds()));
        Map<Long, Capability> offers = new HashMap<>();
        capabilities.findByIdIn(fair.capabilityIds()).forEach(c -> offers.put(c.id(), c));
        List<Long> owners = new ArrayList<>();
        needs.values().forEach(d -> owners.add(d.organisationId()));
        offers.values().forEach(c -> owners.add(c.organisationId()));
        Map<Long, String> names = directory.names(owners.stream().distinct().toList());
        List<PairView> pairs = fair.pairs().stream()
                .map(p -> pair(fair, p, needs.get(p.demandId()), offers.get(p.capabilityId()), names, audience))
                .toList();
        return new FairView(
                fair.id(),
                fair.version(),
                fair.bodyId(),
                community.get(fair.bodyId()).name(),
                fair.title(),
                fair.heldOn(),
                fair.place(),
                fair.startsAt(),
                fair.slotMinutes(),
                fair.tables(),
                fair.slots(),
                needs.values().stream()
                        .map(d -> audience.sees(d)
                                ? new Item(d.id(), d.title(), d.organisationId(), names.get(d.organisationId()), true)
                                : new Item(d.id(), null, null, null, true))
                        .toList(),
                offers.values().stream()
                        .map(c -> new Item(c.id(), c.title(), c.organisationId(), names.get(c.organisationId()), true))
                        .toList(),
                pairs);
    }

    /** The body's open needs to choose from, marked when selected. */
    @Transactional(readOnly = true)
    List<Item> selectableNeeds(Fair fair) {
        List<Demand> open = book.selectableNeeds(fair, demandAccess.audience());
        Map<Long, String> names = directory.names(
                open.stream().map(Demand::organisationId).distinct().toList());
        return open.stream()
                .map(d -> new Item(
                        d.id(),
                        d.title(),
                        d.organisationId(),
                        names.get(d.organisationId()),
                        fair.needIds().contains(d.id())))
                .toList();
    }

    /** The capabilities selected, then the best matches of the selected needs (ten each), to choose from. */
    @Transactional(readOnly = true)
    List<Item> selectableCapabilities(Fair fair) {
        Set<Long> ids = new java.util.LinkedHashSet<>(fair.capabilityIds());
        for (Demand d : demands.findByIdIn(fair.needIds())) {
            matcher.capabilities(Probe.of(d), MatchFilter.NONE, Ranking.HYBRID, 10)
                    .forEach(m -> ids.add(m.id()));
        }
        List<Capability> found = capabilities.findByIdIn(ids).stream()
                .filter(c -> !c.withdrawn())
                .toList();
        Map<Long, String> names = directory.names(
                found.stream().map(Capability::organisationId).distinct().toList());
        return found.stream()
                .map(c -> new Item(
                        c.id(),
                        c.title(),
                        c.organisationId(),
                        names.get(c.organisationId()),
                        fair.capabilityIds().contains(c.id())))
                .toList();
    }

    private PairView pair(
            Fair fair, FairPair p, Demand need, Capability offer, Map<Long, String> names, Audience audience) {
        return new PairView(
                p.demandId(),
                need == null ? null : title(need, audience),
                need == null || !audience.sees(need) ? null : names.get(need.organisationId()),
                p.capabilityId(),
                offer == null ? null : offer.title(),
                offer == null ? null : names.get(offer.organisationId()),
                p.tableNo(),
                p.slotNo() + 1,
                fair.slotStarts(p.slotNo()),
                fair.slotStarts(p.slotNo() + 1),
                p.score(),
                p.added(),
                p.outcome(),
                p.note(),
                p.dockingId());
    }

    private static String title(Demand d, Audience audience) {
        return audience.sees(d) ? d.title() : null;
    }

    private static Map<Long, Demand> byId(List<Demand> list) {
        Map<Long, Demand> map = new java.util.LinkedHashMap<>();
        list.forEach(d -> map.put(d.id(), d));
        return map;
    }
}
