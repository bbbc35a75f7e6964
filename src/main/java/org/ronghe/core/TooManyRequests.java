package org.ronghe.core;

import java.time.Duration;

/** Thrown when a user or client has used up a rate limit; the API answers 429 with Retry-After, pages say so. */
public class TooManyRequests extends RuleBroken {

    private final Duration retryAfter;

    public TooManyRequests(String code, Duration retryAfter) {
        super(code, Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
