package org.ronghe.community.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ronghe.community.MembershipStep.Action;
import org.ronghe.core.NotFound;
import org.ronghe.identity.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The decisions a user can take on a membership, as they appear in URLs ({@code approve}, {@code reject}, …), and who
 * may take them: the body's secretariat decides; the organisation's admins withdraw their application or their
 * membership; platform admins may do everything.
 */
@Component
class MembershipDecisions {

    /** Every decision, in the order the page offers them. */
    static final List<Action> ALL = List.of(
            Action.APPROVED,
            Action.REJECTED,
            Action.SUSPENDED,
            Action.REINSTATED,
            Action.WITHDRAWN,
            Action.APPLICATION_WITHDRAWN);

    private static final Map<String, Action> BY_SEGMENT =
            ALL.stream().collect(Collectors.toMap(a -> DecisionButton.of(a).segment(), a -> a));

    private final Permissions permissions;

    MembershipDecisions(Permissions permissions) {
        this.permissions = permissions;
    }

    static Action action(String segment) {
        Action action = BY_SEGMENT.get(segment);
        if (action == null) {
            throw new NotFound("membership action", segment);
        }
        return action;
    }

    /** Refuses (403, audited by the refusal handler) a decision the user may not take. */
    void requireAllowed(Action action, Long bodyId, Long organisationId) {
        if (!allowed(action, bodyId, organisationId)) {
            throw new AccessDeniedException("membership " + action + " not allowed");
        }
    }

    boolean allowed(Action action, Long bodyId, Long organisationId) {
        return switch (action) {
            case WITHDRAWN -> permissions.canManageBody(bodyId) || permissions.canManageOrganisation(organisationId);
            case APPLICATION_WITHDRAWN, APPLIED -> permissions.canManageOrganisation(organisationId);
            default -> permissions.canManageBody(bodyId);
        };
    }

    /** Whether the user may see the membership's history: the body's readers and the organisation's admins. */
    boolean canRead(Long bodyId, Long organisationId) {
        return permissions.canReadBody(bodyId) || permissions.canManageOrganisation(organisationId);
    }
}
