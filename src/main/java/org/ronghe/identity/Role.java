package org.ronghe.identity;

/**
 * What an account may do. Secretariat and observer are scoped to one body, organisation admin to
 * one organisation; platform admin acts everywhere.
 */
public enum Role {
    PLATFORM_ADMIN,
    SECRETARIAT,
    ORGANISATION_ADMIN,
    OBSERVER;

    public String messageKey() {
        return "role." + name();
    }
}
