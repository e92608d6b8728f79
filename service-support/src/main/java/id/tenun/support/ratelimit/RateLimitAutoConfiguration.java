package id.tenun.support.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import id.tenun.support.web.ProblemDetailsAutoConfiguration;
import id.tenun.support.web.ProblemResponses;

/**
 * Limits the calls of each caller to every Tenun service ({@link RateLimitFilter}, {@link RateLimitSettings}): a
 * runaway script gets 429 with {@code Retry-After}, and everyone else goes on. Calls without a bearer token are counted
 * right before Spring Security's filter, calls with one right after it, when the token is verified.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "tenun.rate-limits.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimitAutoConfiguration {

    @Bean
    CallerAllowances tenunCallerAllowances(RateLimitSettings settings) {
        return new CallerAllowances(settings, System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> tenunRateLimitsWithoutToken(CallerAllowances allowances,
            ProblemResponses problems, MeterRegistry meters) {
        return registration("tenunRateLimitsWithoutToken", new RateLimitFilter(allowances, problems, meters, false),
                SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> tenunRateLimitsWithToken(CallerAllowances allowances,
            ProblemResponses problems, MeterRegistry meters) {
        return registration("tenunRateLimitsWithToken", new RateLimitFilter(allowances, problems, meters, true),
                SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    }

    private static FilterRegistrationBean<RateLimitFilter> registration(String name, RateLimitFilter filter,
            int order) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.setOrder(order);
        return registration;
    }
}
