package id.tenun.order;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling (the sweeper), the settings records and the clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConfigurationPropertiesScan
class OrderServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
