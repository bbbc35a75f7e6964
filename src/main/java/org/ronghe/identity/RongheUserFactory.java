package org.ronghe.identity;

import java.time.Instant;

/** Builds the security principal of an account for form login. */
public final class RongheUserFactory {

    private RongheUserFactory() {}

    public static RongheUser forLogin(Account account, Instant now) {
        return RongheUser.of(account, account.isLockedAt(now));
    }
}
