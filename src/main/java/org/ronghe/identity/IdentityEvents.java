package org.ronghe.identity;

import org.ronghe.core.AuditedEvent;

/** Events of the identity module; all are audited. */
public final class IdentityEvents {

    private IdentityEvents() {}

    public record LoginSucceeded(String username) implements AuditedEvent {
        public String auditAction() {
            return "login";
        }

        public String auditSubject() {
            return "account:" + username;
        }

        public String auditActor() {
            return username;
        }
    }

    public record LoginFailed(String username, String reason) implements AuditedEvent {
        public String auditAction() {
            return "login";
        }

        public String auditSubject() {
            return "account:" + username;
        }

        public String auditActor() {
            return username;
        }

        public String auditResult() {
            return reason;
        }
    }

    public record LoggedOut(String username) implements AuditedEvent {
        public String auditAction() {
            return "logout";
        }

        public String auditSubject() {
            return "account:" + username;
        }

        public String auditActor() {
            return username;
        }
    }

    /**
     * A request was refused: 401 for anonymous clients, 403 for signed-in users without the right; {@code unrecorded}
     * refusals of the same user or address were not recorded since the last record (a minute's allowance was used up).
     */
    public record AccessDenied(String method, String path, String result, long unrecorded) implements AuditedEvent {
        public String auditAction() {
            return "access." + method.toLowerCase();
        }

        public String auditSubject() {
            return path.length() > 200 ? path.substring(0, 200) : path;
        }

        public String auditResult() {
            return result;
        }

        public String auditDetail() {
            return unrecorded == 0 ? null : "unrecorded before this: " + unrecorded;
        }
    }

    public record AccountCreated(Long accountId, String username) implements AuditedEvent {
        public String auditAction() {
            return "account.created";
        }

        public String auditSubject() {
            return "account:" + username;
        }
    }

    /** A platform admin set a new password for the account. */
    public record PasswordReset(String username) implements AuditedEvent {
        public String auditAction() {
            return "account.password-reset";
        }

        public String auditSubject() {
            return "account:" + username;
        }
    }

    public record PasswordChanged(String username) implements AuditedEvent {
        public String auditAction() {
            return "account.password-changed";
        }

        public String auditSubject() {
            return "account:" + username;
        }
    }

    public record AccessTokenCreated(Long tokenId, String username) implements AuditedEvent {
        public String auditAction() {
            return "token.created";
        }

        public String auditSubject() {
            return "token:" + tokenId;
        }
    }

    public record AccessTokenRevoked(Long tokenId, String username) implements AuditedEvent {
        public String auditAction() {
            return "token.revoked";
        }

        public String auditSubject() {
            return "token:" + tokenId;
        }
    }

    /** An account was given a role in a scope, or lost it. */
    public record GrantChanged(String username, Grant grant, boolean added) implements AuditedEvent {
        public String auditAction() {
            return added ? "account.role-granted" : "account.role-revoked";
        }

        public String auditSubject() {
            return "account:" + username + "/" + grant.role()
                    + (grant.bodyId() == null ? "" : "/body:" + grant.bodyId())
                    + (grant.organisationId() == null ? "" : "/organisation:" + grant.organisationId());
        }
    }

    /** A platform admin let an account whose password logins were slowed down try again at once. */
    public record AccountUnlocked(String username) implements AuditedEvent {
        public String auditAction() {
            return "account.unlocked";
        }

        public String auditSubject() {
            return "account:" + username;
        }
    }

    /** An account was disabled (no login, no token, its sessions end) or enabled again. */
    public record AccountEnabledChanged(String username, boolean enabled) implements AuditedEvent {
        public String auditAction() {
            return enabled ? "account.enabled" : "account.disabled";
        }

        public String auditSubject() {
            return "account:" + username;
        }
    }

    /** An address failed to sign in so often that its attempts now wait (recorded once, when the waiting begins). */
    public record LoginsThrottled(String address) implements AuditedEvent {
        public String auditAction() {
            return "login.throttled";
        }

        public String auditSubject() {
            return "client:" + address;
        }

        public String auditActor() {
            return "anonymous";
        }

        public String auditResult() {
            return "THROTTLED";
        }
    }

    /** Someone asked for a forgot-password link for a user name; the result says whether one was sent, and why not. */
    public record PasswordRecoveryRequested(String username, String result) implements AuditedEvent {
        public String auditAction() {
            return "account.recovery-requested";
        }

        public String auditSubject() {
            return "account:" + username;
        }

        public String auditResult() {
            return result;
        }
    }

    /** The owner set a new password through a forgot-password link. */
    public record PasswordRecovered(String username) implements AuditedEvent {
        public String auditAction() {
            return "account.password-recovered";
        }

        public String auditSubject() {
            return "account:" + username;
        }

        public String auditActor() {
            return username;
        }
    }
}
