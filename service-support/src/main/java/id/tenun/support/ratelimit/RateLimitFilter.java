package id.tenun.support.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

import id.tenun.support.web.ProblemResponses;

/**
 * Lets each caller ({@link Caller}) make as many calls as its {@link TokenBucket} allows and answers the rest 429 with
 * {@code Retry-After} (whole seconds) and a problem, counting each refusal in {@value #REFUSALS} (tagged with the
 * caller's kind, and with the application as every metric). Health, info and Prometheus are never limited: probes and
 * scrapes must go on while a script floods. It runs after Spring Security, so a caller is known by its verified token,
 * never by one it made up; a request that security refuses never gets here.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String REFUSALS = "tenun.rate.limit.refusals";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String[] UNLIMITED = {"/actuator/health", "/actuator/info", "/actuator/prometheus"};

    private final RateLimitSettings settings;
    private final ProblemResponses problems;
    private final MeterRegistry meters;
    private final LongSupplier nanoTime;
    private final Cache<Caller, TokenBucket> buckets;

    RateLimitFilter(RateLimitSettings settings, ProblemResponses problems, MeterRegistry meters,
            LongSupplier nanoTime) {
        this.settings = settings;
        this.problems = problems;
        this.meters = meters;
        this.nanoTime = nanoTime;
        Duration refill = Duration
                .ofNanos((long) Math.ceil(settings.burst() * NANOS_PER_SECOND / settings.requestsPerSecond()));
        this.buckets = Caffeine.newBuilder().maximumSize(settings.callers()).expireAfterAccess(refill).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String unlimited : UNLIMITED) {
            if (path.equals(unlimited) || path.startsWith(unlimited + "/")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(request);
        long now = nanoTime.getAsLong();
        long wait = buckets.get(caller, key -> new TokenBucket(settings.burst(), settings.requestsPerSecond(), now))
                .take(now);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        Counter.builder(REFUSALS).description("API calls refused with 429: the caller was over its rate limit")
                .tag("caller", caller.kind()).register(meters).increment();
        problems.tooManyRequests(request, response, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }
}
