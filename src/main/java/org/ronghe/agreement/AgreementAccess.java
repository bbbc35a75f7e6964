package org.ronghe.agreement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and change agreements: platform admins; the secretariat of the agreement's body; the admins of its
 * parties. Observers of the body read. Used in {@code @PreAuthorize} as {@code @agreementAccess}. Unknown ids pass, so
 * that the request answers 404 rather than 403.
 */
@Component("agreementAccess")
public class AgreementAccess {

    private final Permissions permissions;
    private final Agreements agreements;
    private final Obligations obligations;

    AgreementAccess(Permissions permissions, Agreements agreements, Obligations obligations) {
        this.permissions = permissions;
        this.agreements = agreements;
        this.obligations = obligations;
    }

    public boolean canReadObligation(Long obligationId) {
        return obligations
                .findById(obligationId)
                .map(o -> canRead(o.agreementId()))
                .orElse(true);
    }

    public boolean canEdit(Long agreementId) {
        return agreements
                .findById(agreementId)
                .map(a -> canEdit(a.bodyId().orElse(null), a.parties()))
                .orElse(true);
    }

    public boolean canRead(Long agreementId) {
        return agreements
                .findById(agreementId)
                .map(a -> canEdit(a.bodyId().orElse(null), a.parties())
                        || a.bodyId().map(permissions::canReadBody).orElse(false))
                .orElse(true);
    }

    /** A body's dashboard and the obligations behind it: its secretariat and observers (and platform admins). */
    public boolean canReadBody(Long bodyId) {
        return bodyId != null && permissions.canReadBody(bodyId);
    }

    /** Drafting: the secretariat for its body, or an admin of one of the parties (or a platform admin). */
    public boolean canDraft(AgreementDraft terms) {
        return terms != null && canEdit(terms.bodyId(), terms.parties());
    }

    /** Acting for an organisation (reporting, confirming): its admins, or a platform admin. */
    public boolean canActFor(Long organisationId) {
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }

    /**
     * Recording a signature on a party's behalf (with the signed scan): the agreement's body's secretariat, or a
     * platform admin; never another party.
     */
    public boolean canSignOnBehalf(Long agreementId) {
        return permissions.isPlatformAdmin()
                || agreements
                        .findById(agreementId)
                        .flatMap(Agreement::bodyId)
                        .map(permissions::canManageBody)
                        .orElse(false);
    }

    /** Signing for a party: its own admins, or (on its behalf) the body's secretariat. */
    public boolean canSignFor(Long agreementId, Long organisationId) {
        return canActFor(organisationId) || canSignOnBehalf(agreementId);
    }

    /** What a list may show the signed-in user: everything, or the agreements of these bodies and organisations. */
    public Visibility visibility() {
        return scope(Set.of(Role.SECRETARIAT, Role.OBSERVER));
    }

    /** Whose reminders the signed-in user gets: its secretariats' bodies and the organisations it administers. */
    public Visibility reminderScope() {
        return scope(Set.of(Role.SECRETARIAT));
    }

    private Visibility scope(Set<Role> bodyRoles) {
        Optional<RongheUser> user = Permissions.currentUser();
        if (user.isEmpty()) {
            return new Visibility(false, List.of(), List.of());
        }
        if (user.get().isPlatformAdmin()) {
            return new Visibility(true, List.of(), List.of());
        }
        return new Visibility(
                false,
                user.get().grants().stream()
                        .filter(g -> bodyRoles.contains(g.role()))
                        .map(Grant::bodyId)
                        .toList(),
                permissions.administeredOrganisations());
    }

    /** Everything, or only agreements in these bodies or with one of these organisations as a party. */
    public record Visibility(boolean all, List<Long> bodyIds, List<Long> organisationIds) {}

    private boolean canEdit(Long bodyId, List<Party> parties) {
        return permissions.isPlatformAdmin()
                || (bodyId != null && permissions.canManageBody(bodyId))
                || parties.stream()
                        .anyMatch(p ->
                                p.organisationId() != null && permissions.canManageOrganisation(p.organisationId()));
    }
}
