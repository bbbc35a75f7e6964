package org.ronghe.community;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ronghe.community.BodyEvents.MembershipChanged;
import org.ronghe.community.MembershipStep.Action;
import org.ronghe.core.Actor;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking members in and letting them go: applications, decisions, direct admission, suspension and withdrawal. Every
 * step is kept in the membership's history and published as {@link MembershipChanged}. Callers check who may act (see
 * the web layer); this service checks what may happen.
 */
@Service
@Transactional
public class Admissions {

    private final Community community;
    private final Memberships memberships;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Admissions(
            Community community,
            Memberships memberships,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.community = community;
        this.memberships = memberships;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** An organisation asks to join a body, or asks again after a rejection or withdrawal. */
    public Membership apply(Long bodyId, Long organisationId, String message) {
        Instant now = clock.instant();
        Membership membership = find(bodyId, organisationId)
                .map(m -> {
                    m.reapply(message, now, Actor.current());
                    return m;
                })
                .orElseGet(() -> memberships.save(Membership.apply(
                        known(bodyId, organisationId), organisationId, message, now, Actor.current())));
        return published(membership, Action.APPLIED, message);
    }

    /** The secretariat admits an organisation directly (also deciding a pending application this way). */
    public Membership admit(Long bodyId, Long organisationId, LocalDate joinedOn, String note) {
        LocalDate on = joinedOn != null ? joinedOn : LocalDate.now(clock);
        Instant now = clock.instant();
        Membership membership = find(bodyId, organisationId)
                .map(m -> {
                    m.readmit(on, note, now, Actor.current());
                    return m;
                })
                .orElseGet(() -> memberships.save(Membership.admit(
                        known(bodyId, organisationId), organisationId, on, note, now, Actor.current())));
        return published(membership, Action.ADMITTED, note);
    }

    /**
     * A decision on an existing membership: approve, reject, suspend, reinstate, withdraw, or withdraw an application.
     *
     * @throws OptimisticLockException when a version is given and the membership changed since
     */
    public Membership decide(Long bodyId, Long organisationId, Action action, Decision decision) {
        Membership m = get(bodyId, organisationId);
        if (decision.expectedVersion() != null) {
            Versions.require("membership", m.id(), m.version(), decision.expectedVersion());
        }
        Instant now = clock.instant();
        LocalDate on = decision.effectiveOn() != null ? decision.effectiveOn() : LocalDate.now(clock);
        String actor = Actor.current();
        switch (action) {
            case APPROVED -> m.approve(decision.reason(), on, now, actor);
            case REJECTED -> m.reject(decision.reason(), now, actor);
            case SUSPENDED -> m.suspend(on, decision.reason(), now, actor);
            case REINSTATED -> m.reinstate(decision.reason(), on, now, actor);
            case WITHDRAWN -> m.withdraw(on, decision.reason(), now, actor);
            case APPLICATION_WITHDRAWN -> m.withdrawApplication(decision.reason(), now, actor);
            default -> throw new IllegalArgumentException("not a decision: " + action);
        }
        return published(m, action, decision.reason());
    }

    @Transactional(readOnly = true)
    public Membership get(Long bodyId, Long organisationId) {
        return find(bodyId, organisationId).orElseThrow(() -> new NotFound("membership", organisationId));
    }

    /** The memberships of a body in the given statuses (all when none given), newest change first. */
    @Transactional(readOnly = true)
    public List<Membership> of(Long bodyId, List<Membership.Status> statuses) {
        return statuses.isEmpty()
                ? memberships.findByBodyId(bodyId)
                : memberships.findByBodyIdAndStatusIn(bodyId, statuses);
    }

    /** Where each of these organisations stands in the body; organisations without a membership are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Membership.Status> ofOrganisations(Long bodyId, Collection<Long> organisationIds) {
        return organisationIds.isEmpty()
                ? Map.of()
                : memberships.findByBodyIdAndOrganisationIdIn(bodyId, organisationIds).stream()
                        .collect(Collectors.toMap(Membership::organisationId, Membership::status));
    }

    private Optional<Membership> find(Long bodyId, Long organisationId) {
        return memberships.findByBodyIdAndOrganisationId(bodyId, organisationId);
    }

    private Long known(Long bodyId, Long organisationId) {
        directory.get(organisationId);
        return community.get(bodyId).id();
    }

    private Membership published(Membership membership, Action action, String reason) {
        events.publishEvent(new MembershipChanged(membership.bodyId(), membership.organisationId(), action, reason));
        return membership;
    }

    /**
     * What the decider says: a reason (required to reject, suspend and withdraw), the day it takes effect (today when
     * absent), and the version they saw (optional; checked when given).
     */
    public record Decision(String reason, LocalDate effectiveOn, Long expectedVersion) {}
}
