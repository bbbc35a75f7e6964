package org.ronghe.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ronghe.core.InvalidInput;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Role;

/** A request to create an account with one role and its scope. */
record AccountDraft(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank String password,
        Role role,
        Long bodyId,
        Long organisationId) {

    /** The grant for a role, keeping only the scope that role uses. */
    static Grant grant(Role role, Long bodyId, Long organisationId) {
        if (role == null) {
            throw new InvalidInput("role", "account.role.required");
        }
        if (!role.grantable()) {
            throw new InvalidInput("role", "account.role.student");
        }
        if (role.bodyScoped() && bodyId == null) {
            throw new InvalidInput("bodyId", "account.body.required");
        }
        if (role.organisationScoped() && organisationId == null) {
            throw new InvalidInput("organisationId", "account.organisation.required");
        }
        return new Grant(role, role.bodyScoped() ? bodyId : null, role.organisationScoped() ? organisationId : null);
    }

    Grant grant() {
        return grant(role, bodyId, organisationId);
    }
}
