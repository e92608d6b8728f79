package id.tenun.listing.order;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ConnectionChanged;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.shop.ShopClients;
import id.tenun.listing.shop.ShopGuard;
import id.tenun.listing.shop.ShopGuards;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.OrderNotification;

/**
 * The backstop for lost webhooks, and the first look at a shop just connected: per shop a group holds, reads the
 * orders it kept as unmatched, then lists the orders changed since the shop's cursor (minus an overlap) — with the
 * cancellations, returns and reverse orders changed since, which some order lists do not show — and reads each change
 * not read before. The cursor moves to the newest change seen, only after all were read. A connected
 * shop is polled at once, off the request that connected it.
 */
@Component
public class ShopOrderPolling implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ShopOrderPolling.class);

    @Document("order_poll_cursors")
    record Cursor(@Id String id, Instant since) {
    }

    private final Connections connections;
    private final ShopClients clients;
    private final ShopGuards guards;
    private final ShopOrderReader reader;
    private final MongoTemplate mongo;
    private final OrderReadSettings settings;
    private final Clock clock;
    private final ExecutorService connected = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shop-connected-poll");
        thread.setDaemon(true);
        return thread;
    });

    ShopOrderPolling(Connections connections, ShopClients clients, ShopGuards guards, ShopOrderReader reader,
            MongoTemplate mongo,
            OrderReadSettings settings, Clock clock) {
        this.connections = connections;
        this.clients = clients;
        this.guards = guards;
        this.reader = reader;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::scheduled, settings.pollInterval(), settings.pollInterval()));
    }

    void scheduled() {
        if (settings.pollEnabled()) {
            pollAll();
        }
    }

    /** A shop connected (or connected again): its unmatched and recent orders are read now. */
    @EventListener
    void on(ConnectionChanged changed) {
        Connection connection = changed.connection();
        if (connection.active() && !connection.needsReauthorization()) {
            connected.execute(() -> pollQuietly(connection));
        }
    }

    /** One pass over every shop a group holds; returns how many order changes it read. */
    public int pollAll() {
        int read = 0;
        for (Connection connection : connections.all()) {
            if (connection.active() && !connection.needsReauthorization()) {
                read += pollQuietly(connection);
            }
        }
        return read;
    }

    private int pollQuietly(Connection connection) {
        try {
            return poll(connection);
        } catch (ShopGuard.Deferral notNow) {
            log.debug("Polling the orders of {} shop {} waits for the next pass: {}", connection.channel(),
                    connection.shopId(), notNow.getMessage());
            return 0;
        } catch (RuntimeException e) {
            log.warn("Polling the orders of {} shop {} failed, will try again: {}", connection.channel(),
                    connection.shopId(), e.toString());
            return 0;
        }
    }

    int poll(Connection connection) {
        int read = reader.attribute(connection);
        String id = connection.channel() + ":" + connection.shopId();
        Cursor cursor = mongo.findById(id, Cursor.class);
        Instant since = cursor == null
                ? clock.instant().minus(settings.firstLookBack())
                : cursor.since().minus(settings.overlap());
        Instant asked = clock.instant();
        MarketplaceOrders orders = clients.orders(connection);
        List<OrderNotification> changed = guards.of(connection.channel(), connection.shopId())
                .read(orders.changesCalls(), () -> orders.ordersChangedSince(clients.credentials(connection), since));
        Instant newest = cursor == null ? since : cursor.since();
        for (OrderNotification notification : changed) {
            if (reader.read(connection, changeOf(notification, asked), "polling") == ShopOrderReader.Outcome.READ) {
                read++;
            }
            if (notification.updatedAt() != null && notification.updatedAt().isAfter(newest)) {
                newest = notification.updatedAt();
            }
        }
        mongo.upsert(query(where("_id").is(id)), new Update().set("since", newest), Cursor.class);
        return read;
    }

    /**
     * The change as the list told it: a list that does not say when an order changed (Shopee's) gives the time of its
     * answer, which says nothing of the order (it would read the order again at every pass), so that time is dropped.
     */
    static OrderNotification changeOf(OrderNotification listed, Instant asked) {
        if (listed.updatedAt() == null || listed.updatedAt().isBefore(asked)) {
            return listed;
        }
        return new OrderNotification(listed.channel(), listed.shopId(), listed.externalOrderId(),
                listed.marketplaceStatus(), listed.status(), null);
    }

    @Override
    public void destroy() {
        connected.shutdownNow();
    }
}
