package id.tenun.support.ratelimit;

/**
 * One caller's allowance: holds at most {@code capacity} calls, refills at {@code perSecond}, and lets a call through
 * while a whole call is left. Times are {@link System#nanoTime()} readings, passed in so that tests choose them.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one call: 0 when it may go ahead, otherwise the nanoseconds until one call is refilled. Callers read the
     * clock before they queue for the bucket, so a reading may be older than the last one taken: it refills nothing
     * (rather than draining the bucket below empty).
     */
    synchronized long take(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
            updatedAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }
}
