package id.tenun.listing;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import id.tenun.listing.connection.SecretBox;
import id.tenun.listing.connection.SecretSettings;
import id.tenun.support.security.OpenPaths;

/**
 * The few beans that are not components: the clock, the secret box, the one path open without a bearer token;
 * settings records; scheduling.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
@EnableScheduling
class ListingSyncConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The marketplaces send the seller back here; the single-use state is the proof (see ShopAuthorizations). */
    @Bean
    OpenPaths shopCallbacks() {
        return OpenPaths.of("/shops/callback/*");
    }

    @Bean
    SecretBox secretBox(SecretSettings settings) {
        return new SecretBox(settings);
    }

}
