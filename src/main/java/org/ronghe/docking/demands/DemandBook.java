package org.ronghe.docking.demands;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.demands.DemandEvents.DemandPosted;
import org.ronghe.docking.demands.DemandEvents.DemandRevised;
import org.ronghe.docking.demands.DemandEvents.DemandStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the demands: posted for an organisation (within a body only by an active member), revised until solved or
 * closed, marked solved or closed with a reason, reopened; each change published as an event (and so audited). Callers
 * check who may act ({@link DemandAccess}).
 */
@Service
@Transactional
public class DemandBook {

    private final Demands demands;
    private final Community community;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final EntityManager entityManager;

    DemandBook(
            EntityManager entityManager,
            Demands demands,
            Community community,
            Directory directory,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.demands = demands;
        this.community = community;
        this.directory = directory;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an organisation that is not an active member of the body included */
    public Demand post(DemandDraft draft) {
        return post(draft, false);
    }

    /** A clearly marked sample (示例) of the demo data. */
    public Demand postSample(DemandDraft draft) {
        return post(draft, true);
    }

    /**
     * Posts the valid drafts of an import (checked: {@link DemandDraft#validate()}, organisations members of the body),
     * without an event each (the import publishes one) and without indexing them for search here: the import indexes
     * their ids after its commit. Returns their ids in order.
     */
    public List<Long> postImported(List<DemandDraft> valid, String by) {
        Search.session(entityManager).indexingPlanFilter(f -> f.exclude(Demand.class));
        List<Demand> posted = valid.stream()
                .map(d -> Demand.post(d, false, clock.instant(), by))
                .toList();
        posted.forEach(entityManager::persist);
        entityManager.flush();
        entityManager.clear();
        return posted.stream().map(Demand::id).toList();
    }

    public Demand revise(Long id, long expectedVersion, DemandDraft draft) {
        Demand demand = get(id, expectedVersion);
        DemandDraft valid = draft.validate();
        String before = json.writeValueAsString(demand.draft());
        demand.revise(valid);
        events.publishEvent(new DemandRevised(
                id, demand.bodyId(), "before: " + before + "\nafter: " + json.writeValueAsString(valid)));
        return demand;
    }

    /** Marks the demand solved or closed (a reason required), or reopens it. */
    public Demand mark(Long id, long expectedVersion, DemandStatus status, String reason) {
        Demand demand = get(id, expectedVersion);
        DemandStatus before = demand.status();
        demand.mark(status, reason);
        events.publishEvent(new DemandStatusChanged(id, demand.bodyId(), before, status, demand.closeReason()));
        return demand;
    }

    /** An open need whose docking was accepted is in docking (other states stay as they are). */
    public void startDocking(Long id) {
        Demand demand = get(id);
        if (demand.status() == DemandStatus.OPEN) {
            demand.mark(DemandStatus.DOCKING, null);
            events.publishEvent(
                    new DemandStatusChanged(id, demand.bodyId(), DemandStatus.OPEN, DemandStatus.DOCKING, null));
        }
    }

    @Transactional(readOnly = true)
    public Demand get(Long id) {
        return demands.findById(id).orElseThrow(() -> new NotFound("demand", id));
    }

    private Demand post(DemandDraft draft, boolean sample) {
        DemandDraft valid = owned(draft.validate());
        Demand demand = demands.save(Demand.post(valid, sample, clock.instant(), Actor.current()));
        events.publishEvent(
                new DemandPosted(demand.id(), valid.bodyId(), valid.organisationId(), json.writeValueAsString(valid)));
        return demand;
    }

    private Demand get(Long id, long expectedVersion) {
        Demand demand = get(id);
        Versions.require("demand", id, demand.version(), expectedVersion);
        return demand;
    }

    private DemandDraft owned(DemandDraft valid) {
        try {
            directory.get(valid.organisationId());
        } catch (NotFound e) {
            throw new InvalidInput("organisationId", "docking.organisation.unknown");
        }
        if (valid.bodyId() == null) {
            return valid;
        }
        try {
            community.get(valid.bodyId());
        } catch (NotFound e) {
            throw new InvalidInput("bodyId", "docking.body.unknown");
        }
        if (!community.isActiveMember(valid.bodyId(), valid.organisationId())) {
            throw new InvalidInput("organisationId", "docking.demand.not-member");
        }
        return valid;
    }
}
