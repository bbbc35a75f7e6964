package org.ronghe.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * So many acts per key (a user, a client address) in a period, refilled gradually (a token bucket per key, kept in this
 * node's memory for a while after its last use). On several nodes each keeps its own count: the limit is per node.
 */
public final class RateLimit {

    private final String code;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    /**
     * @param code the message code of the refusal; its argument is the minutes to wait
     * @param capacity acts allowed at once, and per period
     */
    public RateLimit(String code, long capacity, Duration period) {
        this.code = code;
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(period.multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** Takes one act from the key's allowance, or says whether there was none. */
    public boolean tryTake(String key) {
        return bucket(key).tryConsume(1);
    }

    /**
     * Takes one act from the key's allowance.
     *
     * @throws TooManyRequests when the key has none left, with the time until it has one
     */
    public void take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(code, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Whether the key has an act left, taking none. */
    public boolean hasAny(String key) {
        return bucket(key).estimateAbilityToConsume(1).canBeConsumed();
    }

    /**
     * Requires the key to have an act left, taking none.
     *
     * @throws TooManyRequests when it has none, with the time until it has one
     */
    public void require(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new TooManyRequests(code, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket(String key) {
        return buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, period)
                                .build())
                        .build());
    }
}
