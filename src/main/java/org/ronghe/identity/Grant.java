package org.ronghe.identity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A role held by an account, with its scope: a body for secretariat and observer, an organisation for organisation
 * admin and personal-data officer, nothing for platform admin.
 */
@Embeddable
public record Grant(@Enumerated(EnumType.STRING) Role role, Long bodyId, Long organisationId) implements Serializable {

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (role.bodyScoped() != (bodyId != null) || role.organisationScoped() != (organisationId != null)) {
            throw new IllegalArgumentException("scope does not fit role " + role);
        }
    }

    public static Grant platformAdmin() {
        return new Grant(Role.PLATFORM_ADMIN, null, null);
    }

    public static Grant secretariatOf(Long bodyId) {
        return new Grant(Role.SECRETARIAT, bodyId, null);
    }

    public static Grant observerOf(Long bodyId) {
        return new Grant(Role.OBSERVER, bodyId, null);
    }

    public static Grant evaluatorOf(Long bodyId) {
        return new Grant(Role.EVALUATOR, bodyId, null);
    }

    public static Grant adminOf(Long organisationId) {
        return new Grant(Role.ORGANISATION_ADMIN, null, organisationId);
    }

    public static Grant personalDataOfficerOf(Long organisationId) {
        return new Grant(Role.PERSONAL_DATA_OFFICER, null, organisationId);
    }

    public static Grant studentOf(Long schoolId) {
        return new Grant(Role.STUDENT, null, schoolId);
    }
}
