package org.ronghe.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may act on what; used in {@code @PreAuthorize("@permissions.canManageBody(#id)")} and by pages to decide which
 * actions to offer.
 */
@Component("permissions")
public class Permissions {

    /** Platform admins, and the secretariat of that body only. Observers never. */
    public boolean canManageBody(Long bodyId) {
        return currentUser()
                .map(u -> u.isPlatformAdmin()
                        || u.grants().stream().anyMatch(g -> g.role() == Role.SECRETARIAT && bodyId.equals(g.bodyId())))
                .orElse(false);
    }

    /** Platform admins, and the secretariat and observers of that body: they see applications and histories. */
    public boolean canReadBody(Long bodyId) {
        return currentUser()
                .map(u -> u.isPlatformAdmin()
                        || u.grants().stream()
                                .anyMatch(g -> (g.role() == Role.SECRETARIAT || g.role() == Role.OBSERVER)
                                        && bodyId.equals(g.bodyId())))
                .orElse(false);
    }

    /** Platform admins, and the body's evaluators: they review, adjust and grade its evaluations. */
    public boolean canEvaluate(Long bodyId) {
        return currentUser()
                .map(u -> u.isPlatformAdmin()
                        || u.grants().stream().anyMatch(g -> g.role() == Role.EVALUATOR && bodyId.equals(g.bodyId())))
                .orElse(false);
    }

    /** The organisations the signed-in user administers (all would be too many for a platform admin: none). */
    public List<Long> administeredOrganisations() {
        return currentUser()
                .map(u -> u.grants().stream()
                        .filter(g -> g.role() == Role.ORGANISATION_ADMIN)
                        .map(Grant::organisationId)
                        .toList())
                .orElse(List.of());
    }

    /** Platform admins, and the organisation's own admins. */
    public boolean canManageOrganisation(Long organisationId) {
        return currentUser()
                .map(u -> u.isPlatformAdmin()
                        || u.grants().stream()
                                .anyMatch(g -> g.role() == Role.ORGANISATION_ADMIN
                                        && organisationId.equals(g.organisationId())))
                .orElse(false);
    }

    /** Acting in shared work: platform admins, the body's secretariat, or an admin of one of the organisations. */
    public boolean canActIn(Long bodyId, Collection<Long> organisationIds) {
        return isPlatformAdmin()
                || (bodyId != null && canManageBody(bodyId))
                || organisationIds.stream().anyMatch(id -> id != null && canManageOrganisation(id));
    }

    /** Platform admins and secretariats (who register organisations to add them as members). */
    public boolean canRegisterOrganisations() {
        return currentUser()
                .map(u -> u.isPlatformAdmin() || u.grants().stream().anyMatch(g -> g.role() == Role.SECRETARIAT))
                .orElse(false);
    }

    /** Only the organisation's personal-data officers see its people's ID and mobile numbers in full. */
    public boolean canSeePersonalDataOf(Long organisationId) {
        return currentUser()
                .map(u -> u.grants().stream()
                        .anyMatch(g ->
                                g.role() == Role.PERSONAL_DATA_OFFICER && organisationId.equals(g.organisationId())))
                .orElse(false);
    }

    /** The bodies the signed-in user holds one of these roles for (secretariat or observer), in grant order. */
    public List<Long> bodiesAs(Role... roles) {
        List<Role> wanted = List.of(roles);
        return currentUser()
                .map(u -> u.grants().stream()
                        .filter(g -> wanted.contains(g.role()) && g.bodyId() != null)
                        .map(Grant::bodyId)
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    /** The organisations the signed-in user holds one of these roles for (admin, personal-data officer, student). */
    public List<Long> organisationsAs(Role... roles) {
        List<Role> wanted = List.of(roles);
        return currentUser()
                .map(u -> u.grants().stream()
                        .filter(g -> wanted.contains(g.role()) && g.organisationId() != null)
                        .map(Grant::organisationId)
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    public boolean isPlatformAdmin() {
        return currentUser().map(RongheUser::isPlatformAdmin).orElse(false);
    }

    /** The signed-in user, if any. */
    public static Optional<RongheUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RongheUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
