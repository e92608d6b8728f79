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
 * Limits the calls of each caller to every Tenun service's API ({@link RateLimitFilter}, {@link RateLimitSettings}):
 * a runaway script gets 429 with {@code Retry-After}, and everyone else goes on. The filter sits right after Spring
 * Security's, so that it knows a caller by its verified token.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "tenun.rate-limits.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimitAutoConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> tenunRateLimits(RateLimitSettings settings, ProblemResponses problems,
            MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(settings, problems, meters, System::nanoTime));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
