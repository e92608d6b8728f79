package id.tenun.catalog.product;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How product photo URLs are checked ({@code tenun.catalog.images.*}).
 *
 * @param fetchOnSave also fetch each photo when the product is saved (content type image/*, size, no redirects,
 *        the address checked again right before the call); off where the service cannot reach the internet
 * @param trustedHost {@code host:port} whose photos need no address check (e.g. the local sandbox's demo photos)
 * @param allowLoopback accept loopback addresses (tests that serve a photo from a local server only)
 * @param maxSize the largest photo accepted when fetched
 * @param connectTimeout connect timeout of the fetch
 * @param readTimeout time allowed for the fetch's answer
 */
@ConfigurationProperties("tenun.catalog.images")
public record ImageSettings(@DefaultValue("false") boolean fetchOnSave, @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("5MB") DataSize maxSize, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout, String trustedHost) {
}
