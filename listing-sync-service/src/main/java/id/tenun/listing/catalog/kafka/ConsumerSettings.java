package id.tenun.listing.catalog.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalog consumers ({@code tenun.listing.consumers.*}).
 *
 * @param groupId the Kafka consumer group of the product and group listeners
 * @param concurrency product listener threads (at most the topic's partitions are busy)
 */
@ConfigurationProperties("tenun.listing.consumers")
public record ConsumerSettings(@DefaultValue("listing-sync-service") String groupId,
        @DefaultValue("2") int concurrency) {
}
