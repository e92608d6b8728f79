package id.tenun.order.polling;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.order.marketplace.ConnectedShops;
import id.tenun.order.processing.OrderProcessor;

/**
 * The backstop for lost webhooks: per connected shop, lists the orders changed since its cursor (minus an overlap)
 * and applies each as a notification. The processor ignores what it already knows, so an order is counted once
 * whether its webhook came, came twice, or never came. The cursor moves to the newest change seen, only after all
 * were applied.
 */
@Component
public class OrderPolling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OrderPolling.class);

    @Document("poll_cursors")
    record Cursor(@Id String id, Instant since) {
    }

    private final Marketplaces marketplaces;

    private final ConnectedShops shops;

    private final OrderProcessor processor;

    private final MongoTemplate mongo;

    private final PollingSettings settings;

    private final Clock clock;

    OrderPolling(Marketplaces marketplaces, ConnectedShops shops, OrderProcessor processor, MongoTemplate mongo,
            PollingSettings settings, Clock clock) {
        this.marketplaces = marketplaces;
        this.shops = shops;
        this.processor = processor;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduled, settings.interval(), settings.interval()));
    }

    void scheduled() {
        if (settings.enabled()) {
            pollAll();
        }
    }

    /** One pass over every connected shop; returns how many notifications it applied. */
    public int pollAll() {
        int applied = 0;
        for (ConnectedShops.Shop shop : shops.shops()) {
            try {
                applied += poll(shop);
            } catch (RuntimeException e) {
                log.warn("Polling {} shop {} failed, will try again: {}", shop.channel(), shop.shopId(), e.toString());
            }
        }
        return applied;
    }

    int poll(ConnectedShops.Shop shop) {
        String id = shop.channel() + ":" + shop.shopId();
        Cursor cursor = mongo.findById(id, Cursor.class);
        Instant since = cursor == null
                ? clock.instant().minus(settings.firstLookBack())
                : cursor.since().minus(settings.overlap());
        List<OrderNotification> changed = marketplaces.orders(shop.channel()).ordersChangedSince(shop.shopId(), since);
        Instant newest = cursor == null ? since : cursor.since();
        for (OrderNotification notification : changed) {
            processor.apply(notification, "polling");
            if (notification.updatedAt() != null && notification.updatedAt().isAfter(newest)) {
                newest = notification.updatedAt();
            }
        }
        mongo.upsert(query(where("_id").is(id)), new Update().set("since", newest), Cursor.class);
        return changed.size();
    }
}
