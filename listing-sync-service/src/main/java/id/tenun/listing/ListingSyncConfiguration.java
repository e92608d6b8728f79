package id.tenun.listing;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import id.tenun.listing.connection.SecretBox;
import id.tenun.listing.connection.SecretSettings;

/** The few beans that are not components: the clock, the secret box; settings records; scheduling. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableScheduling
class ListingSyncConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecretBox secretBox(SecretSettings settings) {
        return new SecretBox(settings);
    }

}
