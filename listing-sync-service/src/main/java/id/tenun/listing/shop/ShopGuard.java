package id.tenun.listing.shop;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.timelimiter.TimeLimiter;

import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceCallFailed;

/**
 * The resilience4j guards of one (channel, shop), used programmatically so each shop's instances are explicit:
 * the circuit breaker (opened by outages only: transient failures and timeouts, never rejections or quota answers),
 * the bulkhead, the rate limiter at the shop's quota (waits only up to a few seconds in memory; longer waits become
 * a {@link Deferral}, made durable by the caller), and the time limiter around the whole operation.
 */
public final class ShopGuard {

    private final String name;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final RateLimiter limiter;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls;
    private final Duration openFor;
    private final CallMeter meter;
    /** {@link System#nanoTime()} until which the marketplace asked this shop to wait (a 429), or 0. */
    private volatile long pausedUntil;

    ShopGuard(String name, CircuitBreaker breaker, Bulkhead bulkhead, RateLimiter limiter, TimeLimiter timeLimiter,
            ExecutorService calls, Duration openFor, CallMeter meter) {
        this.name = name;
        this.breaker = breaker;
        this.bulkhead = bulkhead;
        this.limiter = limiter;
        this.timeLimiter = timeLimiter;
        this.calls = calls;
        this.openFor = openFor;
        this.meter = meter;
    }

    public String name() {
        return name;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    public CallMeter meter() {
        return meter;
    }

    /**
     * Makes one operation of {@code httpCalls} HTTP calls. Throws {@link Deferral} when it must not be made now.
     */
    public ListingResult call(int httpCalls, Supplier<ListingResult> operation) {
        return call(httpCalls, Instant.MAX, operation);
    }

    /**
     * As {@link #call(int, Supplier)}, but never starts the operation unless it can end, time limit included,
     * before {@code deadline} (the worker's lease on the listing): a listing is never worked on twice at once.
     */
    public ListingResult call(int httpCalls, Instant deadline, Supplier<ListingResult> operation) {
        acquire(httpCalls, deadline);
        try {
            long start = System.nanoTime();
            ListingResult result;
            try {
                result = timeLimiter.executeFutureSupplier(() -> calls.submit(operation::get));
            } catch (TimeoutException e) {
                result = new ListingResult.TransientFailure("No answer within " + callTimeout().toMillis() + " ms");
            } catch (InterruptedException e) {
                throw interrupted();
            } catch (Exception e) {
                result = new ListingResult.TransientFailure("Call failed: " + e.getClass().getSimpleName());
            }
            long took = System.nanoTime() - start;
            if (result instanceof ListingResult.TransientFailure failure) {
                breaker.onError(took, TimeUnit.NANOSECONDS, new MarketplaceOutage(failure.detail()));
            } else {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            }
            if (result instanceof ListingResult.RateLimited limited) {
                pause(limited.retryAfter());
            }
            return result;
        } finally {
            bulkhead.onComplete();
        }
    }

    /**
     * Makes one read of {@code httpCalls} HTTP calls (an order's detail, a page of changed orders) under the same
     * breaker, bulkhead, limiter and pause as the shop's listing calls, so reads and pushes share the shop's quota.
     * Throws {@link Deferral} when it must not be made now (without waiting for the quota), and the marketplace's
     * {@link MarketplaceCallFailed} as it came (a timeout or a crash as one of kind {@code TRANSIENT}); only outages
     * count against the breaker.
     */
    public <T> T read(int httpCalls, Supplier<T> operation) {
        // a read does not wait for the quota to come (a listing push may, briefly): its caller parks it and goes on,
        // so one shop's reads never hold up another's on the same thread. A read of more calls than a slot of the
        // limiter holds (a poll's lists on a low quota) starts when a slot is free and takes the next slots as they
        // come, at the quota: asking them all at once would never be granted
        int atOnce = Math.min(httpCalls, limiter.getRateLimiterConfig().getLimitForPeriod());
        if (limiter.getMetrics().getAvailablePermissions() < atOnce) {
            throw new Deferral(Duration.ofMillis(200), "quota of " + name + " used up for now");
        }
        acquire(httpCalls, Instant.MAX);
        try {
            long start = System.nanoTime();
            try {
                T result = timeLimiter.executeFutureSupplier(() -> calls.submit(operation::get));
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return result;
            } catch (InterruptedException e) {
                throw interrupted();
            } catch (Exception e) {
                MarketplaceCallFailed failure = failureOf(e instanceof ExecutionException ? e.getCause() : e);
                long took = System.nanoTime() - start;
                if (failure.kind() == MarketplaceCallFailed.Kind.TRANSIENT) {
                    breaker.onError(took, TimeUnit.NANOSECONDS, new MarketplaceOutage(failure.getMessage()));
                } else {
                    breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                }
                if (failure.kind() == MarketplaceCallFailed.Kind.RATE_LIMITED) {
                    pause(failure.retryAfter().orElse(null));
                }
                throw failure;
            }
        } finally {
            bulkhead.onComplete();
        }
    }

    /**
     * Takes the permissions of one operation (breaker, bulkhead, {@code httpCalls} slots of the limiter), or throws
     * {@link Deferral} having taken none. The caller must call {@code bulkhead.onComplete()} and tell the breaker.
     */
    private void acquire(int httpCalls, Instant deadline) {
        long paused = pausedUntil - System.nanoTime();
        if (pausedUntil != 0 && paused > 0) {
            throw new Deferral(Duration.ofNanos(paused), "the marketplace asked shop " + name + " to wait");
        }
        if (!breaker.tryAcquirePermission()) {
            throw new Deferral(openFor, "circuit breaker " + name + " is " + breaker.getState());
        }
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            throw new Deferral(Duration.ofMillis(200), "shop " + name + " is busy");
        }
        for (int i = 0; i < httpCalls; i++) {
            if (!limiter.acquirePermission()) {
                breaker.releasePermission();
                bulkhead.onComplete();
                double rate = limiter.getRateLimiterConfig().getLimitForPeriod() * 1e9
                        / limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
                throw new Deferral(Duration.ofMillis(Math.max(500, (long) (httpCalls * 1000 / rate))),
                        "quota of " + name + " used up for now");
            }
        }
        if (Instant.now().plus(callTimeout()).isAfter(deadline)) {
            breaker.releasePermission();
            bulkhead.onComplete();
            throw new Deferral(Duration.ZERO, "lease on the listing runs out before the call could end");
        }
        meter.record(httpCalls);
    }

    private Duration callTimeout() {
        return timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
    }

    private Deferral interrupted() {
        Thread.currentThread().interrupt();
        breaker.releasePermission();
        return new Deferral(Duration.ZERO, "interrupted");
    }

    /**
     * The marketplace counts differently than we do: the shop's other calls wait as long as it asked (not
     * {@code limiter.drainPermissions()}: with threads waiting for slots, it adds permits instead).
     */
    private void pause(Duration retryAfter) {
        pausedUntil = System.nanoTime() + Math.max(retryAfter == null ? 0 : retryAfter.toNanos(),
                limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos());
    }

    private static MarketplaceCallFailed failureOf(Throwable thrown) {
        if (thrown instanceof MarketplaceCallFailed failure) {
            return failure;
        }
        String what = thrown instanceof TimeoutException ? "No answer in time" : "Call failed: " + thrown;
        return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT, what, null);
    }

    /** Not now: try again after {@code wait}; not an attempt, nothing failed. */
    public static final class Deferral extends RuntimeException {

        private final transient Duration wait;

        Deferral(Duration wait, String why) {
            super(why, null, false, false);
            this.wait = wait;
        }

        public Duration waitFor() {
            return wait;
        }

    }

    /** What the breaker records: a marketplace that did not answer properly. */
    public static final class MarketplaceOutage extends RuntimeException {

        MarketplaceOutage(String detail) {
            super(detail, null, false, false);
        }

    }

}
