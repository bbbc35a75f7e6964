package org.ronghe.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Role;

/** A request to create an account with one role and its scope. */
record AccountRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
                      @NotBlank String password, Role role, Long bodyId, Long organisationId) {

    /** The grant for a role, keeping only the scope that role uses. */
    static Grant grant(Role role, Long bodyId, Long organisationId) {
        return switch (role) {
            case PLATFORM_ADMIN -> Grant.platformAdmin();
            case SECRETARIAT -> Grant.secretariatOf(bodyId);
            case OBSERVER -> Grant.observerOf(bodyId);
            case ORGANISATION_ADMIN -> Grant.adminOf(organisationId);
        };
    }

    Grant grant() {
        return grant(role, bodyId, organisationId);
    }
}
