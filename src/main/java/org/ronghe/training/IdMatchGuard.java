package org.ronghe.training;

import java.time.Duration;
import org.ronghe.core.RateLimit;
import org.springframework.stereotype.Component;

/**
 * Bounds the answers that tell whether a typed ID number is that of a worker enrolled (an attendance list's rows, a
 * certificate linked to an enrolment, by form or by sheet). A provider or issuer sees enrolled workers' numbers only
 * masked ({@code 110105********002X}); the eight digits hidden are a birth date, some 22,000 guesses, and an answer per
 * guess would give them away. So each user may miss {@value #MISSES_PER_DAY} times a day (refilled gradually); with
 * none left, such checks are no longer made (a form is refused, a sheet's rows say so), whether the number would have
 * matched or not. Per node, as every {@link RateLimit}.
 */
@Component
public class IdMatchGuard {

    public static final int MISSES_PER_DAY = 50;

    private final RateLimit misses = new RateLimit("training.id-match.too-many", MISSES_PER_DAY, Duration.ofDays(1));

    /** Whether numbers this user typed may still be matched. */
    public boolean mayMatch(String user) {
        return misses.hasAny(user);
    }

    /**
     * Requires that numbers this user typed may still be matched.
     *
     * @throws org.ronghe.core.TooManyRequests when the user's misses are used up, with the time until one is back
     */
    public void requireMayMatch(String user) {
        misses.require(user);
    }

    /** A number this user typed was no enrolled worker's. */
    public void missed(String user) {
        misses.tryTake(user);
    }
}
