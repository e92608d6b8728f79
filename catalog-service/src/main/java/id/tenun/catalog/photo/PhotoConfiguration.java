package id.tenun.catalog.photo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.tenun.support.security.OpenPaths;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoSettings.class)
class PhotoConfiguration {

    /** The marketplaces fetch product photos without a token; a photo's id is unguessable and it is public. */
    @Bean
    OpenPaths publicPhotos() {
        return OpenPaths.of("/photos/*/*");
    }
}
