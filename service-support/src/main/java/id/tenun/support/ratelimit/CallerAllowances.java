package id.tenun.support.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A {@link TokenBucket} per {@link Caller}, for at most {@link RateLimitSettings#callers()} callers: the least recently
 * seen goes first, and a bucket left alone long enough to be full again is forgotten, since it would let as many calls
 * through as a new one.
 */
class CallerAllowances {

    static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Cache<Caller, TokenBucket> buckets;

    CallerAllowances(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        Duration refill = Duration.ofNanos((long) Math.ceil(settings.burst() * NANOS_PER_SECOND
                / settings.requestsPerSecond()));
        this.buckets = Caffeine.newBuilder().maximumSize(settings.callers()).expireAfterAccess(refill).build();
    }

    /** Takes one call of the caller's: 0 when it may go ahead, otherwise the nanoseconds until it may. */
    long take(Caller caller) {
        long now = nanoTime.getAsLong();
        return buckets.get(caller, key -> new TokenBucket(settings.burst(), settings.requestsPerSecond(), now))
                .take(now);
    }
}
