package org.ronghe.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import org.ronghe.identity.SecuritySettings;
import org.springframework.stereotype.Component;

/**
 * Slows down a client (an address) that keeps failing to sign in, whatever accounts it tries: from the
 * {@code clientMaxFailedLogins}-th failure on it must wait 1 s, 2 s, 4 s, … up to {@code clientLockout} before its next
 * attempt is even checked. Kept in this node's memory; a client's record is forgotten some time after its last failure.
 */
@Component
class LoginThrottle {

    private record Strikes(int failures, Instant until) {}

    private final SecuritySettings settings;
    private final Cache<String, Strikes> clients;

    LoginThrottle(SecuritySettings settings) {
        this.settings = settings;
        this.clients = Caffeine.newBuilder()
                .expireAfterWrite(settings.clientLockout().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** How long the client must still wait; zero when it may try. */
    Duration wait(String client, Instant now) {
        Strikes strikes = clients.getIfPresent(client);
        return strikes == null || strikes.until() == null || !now.isBefore(strikes.until())
                ? Duration.ZERO
                : Duration.between(now, strikes.until());
    }

    /** Counts a failed attempt; says whether the client has just started to be slowed down. */
    boolean failed(String client, Instant now) {
        Strikes strikes = clients.asMap()
                .merge(client, new Strikes(1, null), (old, one) -> new Strikes(old.failures() + 1, null));
        int over = strikes.failures() - settings.clientMaxFailedLogins();
        if (over < 0) {
            return false;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(30, over));
        clients.put(
                client,
                new Strikes(
                        strikes.failures(),
                        now.plus(wait.compareTo(settings.clientLockout()) < 0 ? wait : settings.clientLockout())));
        return over == 0;
    }
}
