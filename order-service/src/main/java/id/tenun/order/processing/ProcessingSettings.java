package id.tenun.order.processing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Processing of order reads ({@code tenun.orders.processing.*}); the listeners read it through their
 * {@code settings()} ({@code #{__listener.settings().groupId()}}), the sweeper schedules itself from it.
 *
 * @param groupId the Kafka consumer group of the order service's listeners (shop orders, products, groups)
 * @param concurrency listener threads on {@code marketplace.orders.v1}
 * @param sweepInterval how often unfinished rollups and owed events are looked for
 * @param sweepGrace how long an order must be unchanged before the sweeper finishes it (so it never races the
 * thread that is finishing it)
 */
@ConfigurationProperties("tenun.orders.processing")
public record ProcessingSettings(@DefaultValue("order-service") String groupId, @DefaultValue("3") int concurrency,
        @DefaultValue("10s") Duration sweepInterval, @DefaultValue("5s") Duration sweepGrace) {
}
