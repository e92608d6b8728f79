package id.tenun.listing.connection.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.shop.ShopConnectionChanged;
import id.tenun.events.shop.ShopConnectionChanged.ShopStatus;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ConnectionChanged;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.connection.ShopSettings;

/**
 * Tells other services which group holds which shop, on the compacted {@code listing.shops.v1}: every change of a
 * connection as it happens, and every connection again now and then (a failed send, a token the marketplace
 * refused to renew). Never a secret: channel, shop, group, status.
 */
@Component
class KafkaShopConnections implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(KafkaShopConnections.class);

    private final KafkaTemplate<String, TenunEvent> kafka;
    private final Connections connections;
    private final ShopSettings settings;

    KafkaShopConnections(KafkaTemplate<String, TenunEvent> kafka, Connections connections,
            ShopSettings settings) {
        this.kafka = kafka;
        this.connections = connections;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::publishAll, settings.republishInterval(),
                Duration.ofSeconds(5)));
    }

    @EventListener
    void on(ConnectionChanged changed) {
        publish(changed.connection());
    }

    /** The newest connection of each shop (a shop another group held before has an older, removed one). */
    void publishAll() {
        Map<String, Connection> newest = new HashMap<>();
        for (Connection connection : connections.all()) {
            newest.merge(ShopConnectionChanged.keyOf(connection.channel(), connection.shopId()), connection,
                    (a, b) -> b.updatedAt().isAfter(a.updatedAt()) ? b : a);
        }
        newest.values().forEach(this::publish);
    }

    private void publish(Connection connection) {
        ShopConnectionChanged event = eventOf(connection);
        kafka.send(Topics.SHOPS, event.key(), event).whenComplete((sent, failure) -> {
            if (failure != null) {
                log.warn("Shop {} of group {} not published yet (the next pass will): {}", event.key(),
                        event.groupId(), failure.toString());
            }
        });
    }

    static ShopConnectionChanged eventOf(Connection connection) {
        ShopStatus status = !connection.active()
                ? ShopStatus.DISCONNECTED
                : connection.needsReauthorization() ? ShopStatus.NEEDS_REAUTHORIZATION : ShopStatus.CONNECTED;
        return ShopConnectionChanged.of(connection.channel(), connection.shopId(), connection.groupId(), status,
                connection.updatedAt().toEpochMilli(), connection.updatedAt());
    }
}
