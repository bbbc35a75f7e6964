package org.ronghe.docking.capabilities;

import org.ronghe.community.Community;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may offer and change capabilities: platform admins, the owner organisation's admins, and the secretariat of a
 * body the owner is an active member of (secretariats compile their members' lists). Every signed-in user reads the
 * catalogue; an expert's name only with the organisation's consent, or as its admin. Used in {@code @PreAuthorize} as
 * {@code @capabilityAccess}; unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("capabilityAccess")
public class CapabilityAccess {

    private final Permissions permissions;
    private final Capabilities capabilities;
    private final Community community;

    CapabilityAccess(Permissions permissions, Capabilities capabilities, Community community) {
        this.permissions = permissions;
        this.capabilities = capabilities;
        this.community = community;
    }

    public boolean canOffer(CapabilityDraft draft) {
        return draft != null && draft.organisationId() != null && canKeep(draft.organisationId());
    }

    public boolean canEdit(Long capabilityId) {
        return capabilities
                .findById(capabilityId)
                .map(c -> canKeep(c.organisationId()))
                .orElse(true);
    }

    /** Whether the expert's name may be shown in full to the signed-in user. */
    public boolean canSeeExpertName(Capability capability) {
        return capability.expertNameShown() || permissions.canManageOrganisation(capability.organisationId());
    }

    private boolean canKeep(Long organisationId) {
        return permissions.canManageOrganisation(organisationId)
                || community.bodiesOf(java.util.List.of(organisationId)).stream()
                        .anyMatch(permissions::canManageBody);
    }
}
