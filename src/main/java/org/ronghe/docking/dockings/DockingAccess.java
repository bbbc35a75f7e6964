package org.ronghe.docking.dockings;

import java.util.EnumSet;
import java.util.Set;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who acts in a docking: the admins of the organisation with the need (side NEED), of the organisation offering (side
 * OFFER), the body's secretariat (SECRETARIAT: proposes, logs meetings, drafts the agreement, closes; never answers for
 * a side); platform admins as any side. Who sees it: those, and the body's observers. Used in {@code @PreAuthorize} as
 * {@code @dockingAccess}; unknown ids pass, so that the request answers 404.
 */
@Component("dockingAccess")
public class DockingAccess {

    private final Permissions permissions;
    private final Dockings dockings;

    DockingAccess(Permissions permissions, Dockings dockings) {
        this.permissions = permissions;
        this.dockings = dockings;
    }

    /** The sides the signed-in user may act as, given the two organisations and the body. */
    public Set<DockingSide> sides(Long needOrganisationId, Long offerOrganisationId, Long bodyId) {
        Set<DockingSide> sides = EnumSet.noneOf(DockingSide.class);
        if (permissions.canManageOrganisation(needOrganisationId)) {
            sides.add(DockingSide.NEED);
        }
        if (permissions.canManageOrganisation(offerOrganisationId)) {
            sides.add(DockingSide.OFFER);
        }
        if (bodyId != null && permissions.canManageBody(bodyId)) {
            sides.add(DockingSide.SECRETARIAT);
        }
        return sides;
    }

    public Set<DockingSide> sides(Docking d) {
        return sides(d.needOrganisationId(), d.offerOrganisationId(), d.bodyId());
    }

    /**
     * The side the signed-in user acts as: for an answer, a side still to answer (the need's before the offer's);
     * otherwise the need's, the offer's or the secretariat's, in that order.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user acts for no side that may
     */
    public DockingSide actingSide(Docking d, boolean answering) {
        Set<DockingSide> mine = sides(d);
        return (answering ? d.waitingFor().stream() : mine.stream())
                .filter(mine::contains)
                .findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("docking side"));
    }

    public boolean canAct(Long dockingId) {
        return dockings.findById(dockingId).map(d -> !sides(d).isEmpty()).orElse(true);
    }

    /** A body's docking funnel: its secretariat and observers, and platform admins. */
    public boolean canReadFunnel(Long bodyId) {
        return bodyId != null && permissions.canReadBody(bodyId);
    }

    public boolean canSee(Long dockingId) {
        return dockings.findById(dockingId)
                .map(d -> !sides(d).isEmpty() || (d.bodyId() != null && permissions.canReadBody(d.bodyId())))
                .orElse(true);
    }
}
