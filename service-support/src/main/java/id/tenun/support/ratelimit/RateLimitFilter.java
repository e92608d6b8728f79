package id.tenun.support.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import id.tenun.support.web.ProblemResponses;

/**
 * Lets each caller ({@link Caller}) make as many calls as its allowance ({@link CallerAllowances}) holds and
 * answers the rest 429 with {@code Retry-After} (whole seconds) and a problem, counting each refusal in
 * {@value #REFUSALS} (tagged with the caller's kind, and with the application as every metric). Two of them share
 * the allowances: one before Spring Security takes the calls without a bearer token (by address, before a password
 * or a client secret is checked); one after it takes the calls with one, so that a caller is known by its verified
 * token, never by one it made up. Health, info and Prometheus are never limited: probes and scrapes must go on while
 * a script floods.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String REFUSALS = "tenun.rate.limit.refusals";

    private static final String[] UNLIMITED = {"/actuator/health", "/actuator/info", "/actuator/prometheus"};

    private final CallerAllowances allowances;
    private final ProblemResponses problems;
    private final MeterRegistry meters;
    private final boolean bearerCalls;

    /** A filter for the calls with a bearer token ({@code bearerCalls}) or for those without one. */
    RateLimitFilter(CallerAllowances allowances, ProblemResponses problems, MeterRegistry meters,
            boolean bearerCalls) {
        this.allowances = allowances;
        this.problems = problems;
        this.meters = meters;
        this.bearerCalls = bearerCalls;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer != bearerCalls) {
            return true;
        }
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
        long wait = allowances.take(caller);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        Counter.builder(REFUSALS).description("API calls refused with 429: the caller was over its rate limit")
                .tag("caller", caller.kind()).register(meters).increment();
        problems.tooManyRequests(request, response,
                (wait + CallerAllowances.NANOS_PER_SECOND - 1) / CallerAllowances.NANOS_PER_SECOND);
    }
}
