package id.tenun.catalog.photo;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded product photos ({@code tenun.catalog.photos.*}).
 *
 * @param maxSize the largest file accepted (Spring's multipart limits must be at least this)
 * @param maxPixels the most pixels a photo may have (width × height), so that a small file cannot expand into an
 *        image that fills the memory
 * @param publicBaseUrl where marketplaces and browsers reach this catalog; photo URLs start with it
 */
@ConfigurationProperties("tenun.catalog.photos")
public record PhotoSettings(@DefaultValue("8MB") DataSize maxSize, @DefaultValue("100000000") long maxPixels,
        @DefaultValue("http://localhost:8081") URI publicBaseUrl) {
}
