package id.tenun.catalog.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data ({@code tenun.catalog.demo.*}); {@code tenun.catalog.demo.seed=true} turns the seeding on.
 *
 * @param photosUrl where the demo products' photos are, each named after its product; none when not set
 */
@ConfigurationProperties("tenun.catalog.demo")
public record DemoSettings(String photosUrl) {
}
