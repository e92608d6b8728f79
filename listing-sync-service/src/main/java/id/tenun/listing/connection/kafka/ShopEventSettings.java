package id.tenun.listing.connection.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shops topic ({@code tenun.listing.shops.*}).
 *
 * @param republishInterval how often every connection is published again (the topic is compacted, so this costs a
 * record per shop and heals a change whose publishing failed, or a state set without an event: a refused token)
 */
@ConfigurationProperties("tenun.listing.shops")
public record ShopEventSettings(@DefaultValue("10m") Duration republishInterval) {
}
