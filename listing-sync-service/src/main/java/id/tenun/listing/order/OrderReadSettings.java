package id.tenun.listing.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How listing sync reads the shops' orders ({@code tenun.listing.orders.*}).
 *
 * @param groupId the Kafka consumer group of the webhook listener
 * @param concurrency webhook listener threads (at most the topic's partitions are busy)
 * @param pollEnabled whether to poll the connected shops at all (the backstop for lost webhooks)
 * @param pollInterval the wait between two passes over the connected shops
 * @param firstLookBack how far back the first pass of a shop looks (a shop just connected: its recent orders)
 * @param overlap how far before the cursor each pass starts again (clock skew, late writes); an order read before
 * with the same status is not read again
 * @param retryInterval how often the order changes parked for want of their shop's quota are read again (a read
 * never waits for a shop's quota: it is parked, so that no shop holds up another)
 */
@ConfigurationProperties("tenun.listing.orders")
public record OrderReadSettings(@DefaultValue("listing-sync-order-reads") String groupId,
        @DefaultValue("2") int concurrency, @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("2m") Duration pollInterval, @DefaultValue("1d") Duration firstLookBack,
        @DefaultValue("2m") Duration overlap, @DefaultValue("1s") Duration retryInterval) {
}
