package org.ronghe.docking.fairs;

import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who plans and runs a body's fairs: its secretariat (and platform admins). Who reads them: those, the body's observers
 * and the admins of its active members (they see the schedule they sit in). Used in {@code @PreAuthorize} as
 * {@code @fairAccess}; unknown ids pass, so that the request answers 404.
 */
@Component("fairAccess")
public class FairAccess {

    private final Permissions permissions;
    private final Fairs fairs;
    private final Community community;

    FairAccess(Permissions permissions, Fairs fairs, Community community) {
        this.permissions = permissions;
        this.fairs = fairs;
        this.community = community;
    }

    public boolean canPlan(Long bodyId) {
        return bodyId != null && permissions.canManageBody(bodyId);
    }

    public boolean canRun(Long fairId) {
        return fairs.findById(fairId).map(f -> canPlan(f.bodyId())).orElse(true);
    }

    public boolean canRead(Long fairId) {
        return fairs.findById(fairId).map(f -> canReadBody(f.bodyId())).orElse(true);
    }

    /** The bodies whose fairs the signed-in user reads. */
    public List<Long> readableBodies() {
        java.util.Set<Long> bodies = new java.util.LinkedHashSet<>(
                permissions.bodiesAs(org.ronghe.identity.Role.SECRETARIAT, org.ronghe.identity.Role.OBSERVER));
        bodies.addAll(community.bodiesOf(permissions.administeredOrganisations()));
        return List.copyOf(bodies);
    }

    private boolean canReadBody(Long bodyId) {
        return permissions.canReadBody(bodyId)
                || community.bodiesOf(permissions.administeredOrganisations()).contains(bodyId);
    }
}
