package id.tenun.listing.shop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One {@link ShopGuard} per (channel, shop), named {@code channel:shopId}, made in the registries that the
 * resilience4j Spring Boot module exposes as beans, so breaker and limiter states show in actuator health and
 * metrics.
 */
@Component
public class ShopGuards implements DisposableBean {

    private final Map<String, ShopGuard> guards = new ConcurrentHashMap<>();
    private final ChannelSettingsProperties settings;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RateLimiterRegistry limiters;
    private final TimeLimiterRegistry timeLimiters;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "marketplace-call");
        thread.setDaemon(true);
        return thread;
    });

    ShopGuards(ChannelSettingsProperties settings, CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads, RateLimiterRegistry limiters, TimeLimiterRegistry timeLimiters) {
        this.settings = settings;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.limiters = limiters;
        this.timeLimiters = timeLimiters;
    }

    public ShopGuard of(String channel, String shopId) {
        return guards.computeIfAbsent(channel + ":" + shopId, name -> create(name, channel, shopId));
    }

    public List<ShopGuard> all() {
        return List.copyOf(guards.values());
    }

    private ShopGuard create(String name, String channel, String shopId) {
        ChannelProperties properties = settings.channels().get(channel);
        if (properties == null) {
            throw new IllegalStateException("No settings for channel " + channel + " (tenun.listing.channels)");
        }
        var resilience = settings.resilience();
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindow(resilience.window(), resilience.minimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(resilience.failureRatePercent())
                .waitDurationInOpenState(resilience.openFor())
                .permittedNumberOfCallsInHalfOpenState(resilience.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(ShopGuard.MarketplaceOutage.class::isInstance)
                .build();
        // one permit per slot, slots spaced at the quota (less headroom): never a burst the marketplace would refuse
        double rate = properties.quotaOf(shopId) * resilience.quotaHeadroom();
        int perPeriod = Math.max(1, (int) Math.floor(rate / 10));
        RateLimiterConfig limiterConfig = RateLimiterConfig.custom()
                .limitForPeriod(perPeriod)
                .limitRefreshPeriod(Duration.ofNanos((long) (perPeriod * 1e9 / rate)))
                .timeoutDuration(resilience.maxInlineWait())
                .build();
        BulkheadConfig bulkheadConfig = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build();
        TimeLimiterConfig timeConfig = TimeLimiterConfig.custom()
                .timeoutDuration(properties.callTimeout())
                .cancelRunningFuture(true)
                .build();
        return new ShopGuard(name, breakers.circuitBreaker(name, breakerConfig),
                bulkheads.bulkhead(name, bulkheadConfig),
                limiters.rateLimiter(name, limiterConfig), timeLimiters.timeLimiter(name, timeConfig), calls,
                resilience.openFor(), new CallMeter());
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

}
