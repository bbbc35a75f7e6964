package org.ronghe.docking.demands;

import java.util.Set;

/**
 * Who is looking, as the visibility of demands needs it: everyone sees public demands; members' admins and a body's
 * secretariat and observers see the demands its members posted for members; a body's secretariat, the poster's admins
 * and platform admins see every demand they keep.
 *
 * @param everything a platform admin
 * @param organisations the organisations the user administers (their demands are theirs to keep)
 * @param memberOf the bodies whose members' demands the user may see (as a member's admin, secretariat or observer)
 * @param keeps the bodies whose secretariat the user is
 */
public record Audience(boolean everything, Set<Long> organisations, Set<Long> memberOf, Set<Long> keeps) {

    public static final Audience ANONYMOUS = new Audience(false, Set.of(), Set.of(), Set.of());

    /** A platform admin, or the platform itself: sees every demand. */
    public static final Audience EVERYONE = new Audience(true, Set.of(), Set.of(), Set.of());

    public Audience {
        organisations = Set.copyOf(organisations);
        memberOf = Set.copyOf(memberOf);
        keeps = Set.copyOf(keeps);
    }

    /** Whether this audience sees the demand. */
    public boolean sees(Demand demand) {
        return sees(demand.bodyId(), demand.organisationId(), demand.visibility());
    }

    public boolean sees(Long bodyId, Long organisationId, Visibility visibility) {
        return everything
                || visibility == Visibility.PUBLIC
                || organisations.contains(organisationId)
                || (bodyId != null && keeps.contains(bodyId))
                || (visibility == Visibility.MEMBERS && bodyId != null && memberOf.contains(bodyId));
    }
}
