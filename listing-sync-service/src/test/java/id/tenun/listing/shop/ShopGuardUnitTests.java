package id.tenun.listing.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A read of several calls (a poll's lists) on a low quota, where a slot of the shop's limiter holds one permit: it
 * is made, taking a permit for each call as the slots come, and deferred only when no slot is free now.
 */
class ShopGuardUnitTests {

    final ExecutorService calls = Executors.newCachedThreadPool();

    final CallMeter meter = new CallMeter();

    /** 5 calls a second, one permit a slot, as {@link ShopGuards} sets a low quota up. */
    final RateLimiter limiter = RateLimiter.of("shop", RateLimiterConfig.custom().limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofMillis(200)).timeoutDuration(Duration.ofSeconds(2)).build());

    final ShopGuard guard = new ShopGuard("tokopedia:1", CircuitBreaker.ofDefaults("shop"), Bulkhead.ofDefaults("shop"),
            limiter, TimeLimiter.of(Duration.ofSeconds(5)), calls, Duration.ofSeconds(30), meter);

    @AfterEach
    void stop() {
        calls.shutdownNow();
    }

    @Test
    void aReadOfMoreCallsThanASlotHoldsIsMadeAndTakesAPermitForEachCall() {
        assertThat(guard.read(3, () -> "three lists")).isEqualTo("three lists");
        assertThat(meter.total()).isEqualTo(3);

        assertThatThrownBy(() -> guard.read(1, () -> "an order")).as("the slots it took are spent")
                .isInstanceOf(ShopGuard.Deferral.class);
    }

    @Test
    void aReadIsDeferredWhenNoSlotIsFreeNow() {
        assertThat(limiter.acquirePermission()).isTrue();

        assertThatThrownBy(() -> guard.read(3, () -> "three lists")).isInstanceOf(ShopGuard.Deferral.class);
        assertThat(meter.total()).isZero();
    }
}
