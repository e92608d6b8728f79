package id.tenun.catalog.scheduling;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The catalog's periodic work (repairing half-done stock movements, re-publishing products whose certificate
 * expired, resuming abandoned imports) and the clock everything is dated by; a test replaces the clock with a
 * {@code @Primary} one of its own to move the date without waiting.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
