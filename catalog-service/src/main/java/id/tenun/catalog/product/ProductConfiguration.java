package id.tenun.catalog.product;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.tenun.catalog.photo.PhotoLinks;
import id.tenun.marketplaces.http.ImageFetcher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageSettings.class)
class ProductConfiguration {

    @Bean
    ImageAddresses imageAddresses(ImageSettings settings, ObjectProvider<ImageAddresses.Resolver> resolver,
            PhotoLinks photos) {
        ImageFetcher fetcher = settings.fetchOnSave()
                ? new ImageFetcher(settings.connectTimeout(),
                        settings.readTimeout(), settings.maxSize().toBytes(), settings.trustedHost())
                : null;
        return new ImageAddresses(resolver.getIfAvailable(() -> ImageAddresses.Resolver.SYSTEM),
                settings.allowLoopback(), settings.trustedHost(), photos::isOwnPhoto, fetcher);
    }
}
