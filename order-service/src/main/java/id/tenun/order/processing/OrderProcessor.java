package id.tenun.order.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.Orders;
import id.tenun.order.lifecycle.PendingEvent;

/**
 * Applies the reads of orders that listing sync made from their marketplaces to the order documents: places a new
 * order's lines by SKU, moves the status forward only, then refreshes the sales buckets it touches and publishes the
 * {@code orders.v1} events it owes. Each step is idempotent, so a duplicate, a replay or a crash at any point leaves
 * the same result once the read (or the sweeper) runs again. It calls no marketplace.
 */
@Service
public class OrderProcessor {

    private static final Logger log = LoggerFactory.getLogger(OrderProcessor.class);

    private static final int ATTEMPTS = 8;

    private final Orders orders;

    private final ProductPlaces places;

    private final SalesRollup rollup;

    private final OrderEvents events;

    private final Clock clock;

    public OrderProcessor(Orders orders, ProductPlaces places, SalesRollup rollup, OrderEvents events, Clock clock) {
        this.orders = orders;
        this.places = places;
        this.rollup = rollup;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records one read of an order: a new order is placed from its lines and amounts; a known one moves forward to
     * the read's status (a duplicate or an older read changes nothing) and takes the read's amounts when it completes,
     * since a marketplace's amounts are final then (Shopee's fees are only known then, from its escrow). Returns the
     * order as stored afterwards.
     */
    public Order apply(ShopOrderRead read) {
        OrderStatus status = OrderStatus.of(read.status());
        String id = Order.idOf(read.channel(), read.externalOrderId());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Order> existing = orders.find(id);
            if (existing.isEmpty()) {
                Order placed = Order.place(toNewOrder(read), places::bySku, clock.instant());
                if (orders.insert(placed)) {
                    return settle(placed);
                }
                continue;
            }
            Order order = existing.get();
            Optional<Order> moved = order.observe(status, read.marketplaceStatus(), read.updatedAt(), read.source(),
                    clock.instant());
            if (moved.isEmpty()) {
                return order.hasPendingWork() ? settle(order) : order;
            }
            Order next = moved.get().status() == OrderStatus.COMPLETED
                    ? moved.get().withAmounts(read.discountRupiah(), read.shippingRupiah(), read.feesRupiah())
                    : moved.get();
            if (orders.replace(next, order.version())) {
                return settle(next);
            }
        }
        throw new IllegalStateException("Order " + id + " kept changing under us; will retry");
    }

    /** Places the lines of orders that waited for one of these SKUs, now that the catalog knows them. */
    public void resolveWaiting(Collection<String> skus) {
        for (Order order : orders.waitingFor(skus)) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Order current = orders.find(order.id()).orElseThrow();
                Optional<Order> resolved = current.resolve(places::bySku, clock.instant());
                if (resolved.isEmpty()) {
                    break;
                }
                if (orders.replace(resolved.get(), current.version())) {
                    settle(resolved.get());
                    break;
                }
            }
        }
    }

    /** Finishes what a crash left behind: rollups not refreshed, events not published. */
    public int finishPending(Duration olderThan, int limit) {
        List<Order> pending = orders.withPendingWork(clock.instant().minus(olderThan), limit);
        for (Order order : pending) {
            try {
                settle(order);
            } catch (RuntimeException e) {
                log.warn("Could not finish order {} yet: {}", order.id(), e.getMessage());
            }
        }
        return pending.size();
    }

    /**
     * Refreshes the order's buckets and publishes its events, then marks both done if the order has not changed
     * meanwhile (if it has, whoever changed it settles it again).
     */
    private Order settle(Order order) {
        boolean rolledUp = false;
        if (order.rollupPending()) {
            rollup.refresh(order.buckets());
            rolledUp = true;
        }
        boolean published = false;
        if (!order.outbox().isEmpty() && !order.eventsHeld()) {
            for (PendingEvent event : order.outbox()) {
                events.publish(order, event);
            }
            published = true;
        }
        if (rolledUp || published) {
            orders.settled(order.id(), order.version(), rolledUp, published);
        }
        return order;
    }

    /**
     * The read in Tenun's terms. A time the marketplace left out comes as 0 (1970): the creation falls back to the
     * update, the update to when the read was made.
     */
    private static NewOrder toNewOrder(ShopOrderRead read) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < read.lines().size(); i++) {
            ShopOrderRead.Line line = read.lines().get(i);
            lines.add(OrderLine.of(Integer.toString(i + 1), line.sellerSku(), line.quantity(), line.unitPriceRupiah()));
        }
        Instant updated = firstOf(read.updatedAt(), read.occurredAt());
        Instant created = firstOf(read.createdAt(), updated);
        return new NewOrder(read.channel(), read.shopId(), read.externalOrderId(), OrderStatus.of(read.status()),
                read.marketplaceStatus(), created, updated, lines, read.discountRupiah(), read.shippingRupiah(),
                read.feesRupiah(), read.source());
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null && candidate.getEpochSecond() > 0) {
                return candidate;
            }
        }
        return candidates[candidates.length - 1];
    }
}
