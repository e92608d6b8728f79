package id.tenun.support.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API calls each caller may make ({@code tenun.rate-limits.*}): a token bucket per caller that holds
 * {@code burst} calls and refills at {@code requestsPerSecond}; at most {@code callers} buckets are kept (the least
 * recently used goes first, and a bucket idle long enough to be full again is forgotten).
 *
 * @param enabled whether calls are limited at all
 * @param requestsPerSecond the steady rate a caller may keep up (1..100000)
 * @param burst how many calls a quiet caller may make at once (at least 1)
 * @param callers how many callers are remembered at most (100..10000000)
 */
@ConfigurationProperties("tenun.rate-limits")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("50") double requestsPerSecond,
        @DefaultValue("100") int burst, @DefaultValue("100000") int callers) {

    public RateLimitSettings {
        if (!(requestsPerSecond > 0 && requestsPerSecond <= 100_000)) {
            throw new IllegalArgumentException("tenun.rate-limits.requests-per-second must be in (0, 100000]");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("tenun.rate-limits.burst must be at least 1");
        }
        if (callers < 100 || callers > 10_000_000) {
            throw new IllegalArgumentException("tenun.rate-limits.callers must be in 100..10000000");
        }
    }
}
