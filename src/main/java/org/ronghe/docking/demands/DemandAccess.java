package org.ronghe.docking.demands;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.core.NotFound;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may post, change and see demands. Posting and changing: platform admins, the admins of the organisation, and —
 * for a demand within a body — the body's secretariat. Seeing: as {@link Audience} says. Used in {@code @PreAuthorize}
 * as {@code @demandAccess}; unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("demandAccess")
public class DemandAccess {

    private final Permissions permissions;
    private final Demands demands;
    private final Community community;

    DemandAccess(Permissions permissions, Demands demands, Community community) {
        this.permissions = permissions;
        this.demands = demands;
        this.community = community;
    }

    public boolean canPost(DemandDraft draft) {
        return draft != null && draft.organisationId() != null && canKeep(draft.bodyId(), draft.organisationId());
    }

    public boolean canEdit(Long demandId) {
        return demands.findById(demandId)
                .map(d -> canKeep(d.bodyId(), d.organisationId()))
                .orElse(true);
    }

    /**
     * The demand, if the signed-in user (or an anonymous visitor) may see it.
     *
     * @throws NotFound when it does not exist or is hidden from them: a hidden demand does not exist for them
     */
    public Demand visible(Long demandId) {
        return demands.findById(demandId).filter(audience()::sees).orElseThrow(() -> new NotFound("demand", demandId));
    }

    /** The signed-in user (or an anonymous visitor) as the visibility of demands needs it. */
    public Audience audience() {
        if (Permissions.currentUser().isEmpty()) {
            return Audience.ANONYMOUS;
        }
        if (permissions.isPlatformAdmin()) {
            return Audience.EVERYONE;
        }
        List<Long> organisations = permissions.organisationsAs(Role.ORGANISATION_ADMIN);
        Set<Long> memberOf = new HashSet<>(community.bodiesOf(organisations));
        memberOf.addAll(permissions.bodiesAs(Role.SECRETARIAT, Role.OBSERVER));
        return new Audience(
                false, Set.copyOf(organisations), memberOf, Set.copyOf(permissions.bodiesAs(Role.SECRETARIAT)));
    }

    private boolean canKeep(Long bodyId, Long organisationId) {
        return bodyId == null
                ? permissions.canManageOrganisation(organisationId)
                : permissions.canActIn(bodyId, List.of(organisationId));
    }
}
