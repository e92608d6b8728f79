package id.tenun.sandbox.webhooks;

import java.time.Duration;

/** How a marketplace retries a push its receiver did not accept with a 2xx. */
public record RetryPolicy(int maxAttempts, Duration interval) {

    public RetryPolicy {
        maxAttempts = Math.max(1, maxAttempts);
        interval = interval == null ? Duration.ofMinutes(1) : interval;
    }
}
