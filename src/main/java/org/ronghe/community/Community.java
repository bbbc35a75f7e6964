package org.ronghe.community;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.community.BodyEvents.BodyFounded;
import org.ronghe.community.BodyEvents.BodyProfileRevised;
import org.ronghe.core.ChineseCollation;
import org.ronghe.core.ChineseSearch;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The community module's public operations on bodies and memberships. */
@Service
@Transactional(readOnly = true)
public class Community {

    private final Bodies bodies;
    private final Memberships memberships;
    private final BodyProfiles profiles;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;

    /** At most this many bodies offered to a platform admin's choice. */
    public static final int CHOICES_MAX = 100;

    Community(
            Bodies bodies,
            Memberships memberships,
            BodyProfiles profiles,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Permissions permissions) {
        this.bodies = bodies;
        this.memberships = memberships;
        this.profiles = profiles;
        this.entityManager = entityManager;
        this.events = events;
        this.permissions = permissions;
    }

    /**
     * Founds a body typed in by a platform admin, optionally under a parent body.
     *
     * @throws org.ronghe.core.InvalidInput when a field breaks a rule
     */
    @Transactional
    public Body found(BodyDraft draft) {
        Body body = draft.validate();
        if (draft.parentId() != null) {
            Body parent = get(draft.parentId());
            Body saved = found(body);
            saved.placeUnder(parent);
            return saved;
        }
        return found(body);
    }

    @Transactional
    public Body found(Body body) {
        Body saved = bodies.save(body);
        events.publishEvent(new BodyFounded(saved.id(), saved.name()));
        return saved;
    }

    /**
     * Revises the public profile if nobody changed the body since {@code expectedVersion} was read.
     *
     * @throws OptimisticLockException when the body changed meanwhile
     */
    @Transactional
    public Body reviseProfile(Long bodyId, long expectedVersion, String shortName, String description) {
        Body body = get(bodyId, expectedVersion);
        body.reviseProfile(shortName, description);
        events.publishEvent(new BodyProfileRevised(bodyId));
        return body;
    }

    /** Whether no body has been registered yet. */
    public boolean isEmpty() {
        return bodies.count() == 0;
    }

    /**
     * The body, if nobody changed it since {@code expectedVersion} was read.
     *
     * @throws OptimisticLockException when it changed meanwhile
     */
    public Body get(Long id, long expectedVersion) {
        Body body = get(id);
        Versions.require("body", id, body.version(), expectedVersion);
        return body;
    }

    public Body get(Long id) {
        return bodies.findById(id).orElseThrow(() -> new NotFound("body", id));
    }

    /** Whether a body with this id exists. */
    public boolean exists(Long id) {
        return bodies.findById(id).isPresent();
    }

    /** The body's meetings (an agreement names the one where it was signed). */
    public List<MeetingView> meetings(Long id) {
        return get(id).meetings();
    }

    /** Whether the organisation is an active member of the body (applicants and former members are not). */
    public boolean isActiveMember(Long bodyId, Long organisationId) {
        return memberships
                .findByBodyIdAndOrganisationId(bodyId, organisationId)
                .map(m -> m.status() == Membership.Status.ACTIVE)
                .orElse(false);
    }

    /** The organisations that are active members of the body. */
    public List<Long> activeMembers(Long bodyId) {
        return memberships.findActiveMemberIds(bodyId);
    }

    /** The bodies in which any of these organisations is an active member. */
    public List<Long> bodiesOf(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : memberships.findBodiesWithActiveMembers(organisationIds);
    }

    /**
     * The bodies the signed-in user may choose on a form or filter by, in pinyin order: for a platform admin the first
     * {@value #CHOICES_MAX} of all; for anyone else those it is the secretariat or an observer of, and those its
     * organisations are active members of (not the first bodies of the platform, which left out the user's own).
     */
    public List<BodySummary> choosable() {
        if (permissions.isPlatformAdmin()) {
            return search("", 0, CHOICES_MAX).items();
        }
        Set<Long> ids = new LinkedHashSet<>(permissions.bodiesAs(Role.SECRETARIAT, Role.OBSERVER));
        ids.addAll(bodiesOf(permissions.administeredOrganisations()));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = memberCounts(List.copyOf(ids));
        return bodies.findByIdIn(ids).stream()
                .map(b -> new BodySummary(
                        b.id(), b.name(), b.shortName(), b.kind(), b.foundedOn(), counts.getOrDefault(b.id(), 0L)))
                .sorted(ChineseCollation.comparing(BodySummary::name))
                .toList();
    }

    /** The bodies in a region and the places under it ({@link org.ronghe.core.RegionCode#placesWithin()}). */
    public List<BodyPlace> placesWithin(String regionPattern) {
        return bodies.findPlacesWithin(regionPattern);
    }

    /** Every body, national ones (no region) too. */
    public List<BodyPlace> allPlaces() {
        return bodies.findAllPlaces();
    }

    /** The bodies on whose guiding committee any of these organisations sits. */
    public List<BodyPlace> placesGuidedBy(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : bodies.findPlacesGuidedBy(organisationIds);
    }

    /** These bodies as overviews list them. */
    public List<BodyPlace> places(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : bodies.findPlaces(ids);
    }

    public BodyProfile profile(Long id) {
        return profiles.of(get(id));
    }

    /** Bodies whose name, short name or description matches the query (traditional or simplified, parts of words). */
    public PageResult<BodySummary> search(String query, int page, int size) {
        boolean hasQuery = query != null && !query.isBlank();
        PageResult<Body> result = PageResult.fetch(
                Search.session(entityManager)
                        .search(Body.class)
                        .where((f, root) -> root.add(
                                hasQuery
                                        ? ChineseSearch.matchAll(f, query.trim(), "name", "shortName", "description")
                                        : f.matchAll().toPredicate()))
                        .sort(f -> hasQuery ? f.score() : f.field("name_sort")),
                page,
                size);
        Map<Long, Long> counts =
                memberCounts(result.items().stream().map(Body::id).toList());
        return result.map(b -> new BodySummary(
                b.id(), b.name(), b.shortName(), b.kind(), b.foundedOn(), counts.getOrDefault(b.id(), 0L)));
    }

    private Map<Long, Long> memberCounts(List<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "select m.bodyId, count(m) from Membership m where m.bodyId in :ids "
                                + "and m.status = org.ronghe.community.Membership.Status.ACTIVE group by m.bodyId",
                        Object[].class)
                .setParameter("ids", bodyIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
