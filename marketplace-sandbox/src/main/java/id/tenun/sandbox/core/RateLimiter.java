package id.tenun.sandbox.core;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** A token bucket per channel and shop: {@code quota} requests a second, bursts up to {@code quota}. */
@Component
public class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Empty if the call may go ahead, else how long until a token is free. */
    public Optional<Duration> acquire(String channel, String shopId, double quota) {
        if (quota <= 0) {
            return Optional.empty();
        }
        return buckets.computeIfAbsent(channel + "/" + shopId, key -> new Bucket(quota)).take(quota);
    }

    private static final class Bucket {

        private double tokens;

        private long last = System.nanoTime();

        Bucket(double quota) {
            this.tokens = Math.max(1, quota);
        }

        synchronized Optional<Duration> take(double quota) {
            long now = System.nanoTime();
            double capacity = Math.max(1, quota);
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * quota);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / quota * 1000)));
        }
    }
}
