package id.tenun.listing.state;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: {@code base * 2^(attempt-1)}, capped at {@code max}, spread by ±{@code jitter}.
 */
public record Backoff(Duration base, Duration max, double jitter) {

    public Duration after(int attempt, DoubleSupplier random) {
        long baseMillis = Math.max(1, base.toMillis());
        int exponent = Math.min(Math.max(attempt, 1) - 1, 30);
        long millis = Math.min(max.toMillis(), baseMillis * (1L << exponent));
        double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(millis * spread)));
    }

}
