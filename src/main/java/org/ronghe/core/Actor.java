package org.ronghe.core;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, as recorded in audit records and histories. */
public final class Actor {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    private Actor() {}

    /** The signed-in user's name; {@value #ANONYMOUS} for visitors, {@value #SYSTEM} outside any request. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
