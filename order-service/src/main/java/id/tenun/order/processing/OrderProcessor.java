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

import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.Orders;
import id.tenun.order.lifecycle.PendingEvent;

/**
 * Applies order notifications (from webhooks or polling) to the order documents: reads a new order's detail from
 * its marketplace, places its lines by SKU, moves the status forward only, then refreshes the sales buckets it
 * touches and publishes the {@code orders.v1} events it owes. Each step is idempotent, so a duplicate, a replay or
 * a crash at any point leaves the same result once the notification (or the sweeper) runs again.
 */
@Service
public class OrderProcessor {

    private static final Logger log = LoggerFactory.getLogger(OrderProcessor.class);

    private static final int ATTEMPTS = 8;

    private final Orders orders;

    private final Marketplaces marketplaces;

    private final ProductPlaces places;

    private final SalesRollup rollup;

    private final OrderEvents events;

    private final Clock clock;

    public OrderProcessor(Orders orders, Marketplaces marketplaces, ProductPlaces places, SalesRollup rollup,
            OrderEvents events, Clock clock) {
        this.orders = orders;
        this.marketplaces = marketplaces;
        this.places = places;
        this.rollup = rollup;
        this.events = events;
        this.clock = clock;
    }

    /** Applies one notification; returns the order as stored afterwards (empty if the marketplace refused it). */
    public Optional<Order> apply(OrderNotification notification, String source) {
        OrderStatus status = OrderStatus.valueOf(notification.status().name());
        String id = Order.idOf(notification.channel().id(), notification.externalOrderId());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Order> existing = orders.find(id);
            if (existing.isEmpty()) {
                Optional<NewOrder> fresh = readDetail(notification, source);
                if (fresh.isEmpty()) {
                    return Optional.empty();
                }
                Order placed = Order.place(fresh.get(), places::bySku, clock.instant());
                // the notification may be newer than the detail read a moment before (or the other way round)
                placed = placed.observe(status, notification.marketplaceStatus(), notification.updatedAt(), source,
                        clock.instant()).orElse(placed);
                if (orders.insert(placed)) {
                    return Optional.of(settle(placed));
                }
                continue;
            }
            Order order = existing.get();
            Optional<Order> moved = order.observe(status, notification.marketplaceStatus(), notification.updatedAt(),
                    source, clock.instant());
            if (moved.isEmpty()) {
                return Optional.of(order.hasPendingWork() ? settle(order) : order);
            }
            Order next = moved.get().status() == OrderStatus.COMPLETED
                    ? withFinalAmounts(moved.get(), notification,
                            source)
                    : moved.get();
            if (orders.replace(next, order.version())) {
                return Optional.of(settle(next));
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
     * A completed order's amounts read again: once completed, a marketplace's amounts are final (Shopee's fees are
     * only known then, from its escrow). One more detail read per order; if the marketplace refuses it or cannot be
     * reached, the amounts known before stay: the completion is recorded whatever the marketplace's state.
     */
    private Order withFinalAmounts(Order completed, OrderNotification notification, String source) {
        try {
            return readDetail(notification, source)
                    .map(detail -> completed.withAmounts(detail.discountRupiah(), detail.shippingRupiah(),
                            detail.feesRupiah()))
                    .orElse(completed);
        } catch (MarketplaceCallFailed e) {
            log.warn("Could not read the final amounts of order {} ({}): {}; the amounts known before stay",
                    notification.externalOrderId(), e.kind(), e.getMessage());
            return completed;
        }
    }

    private Optional<NewOrder> readDetail(OrderNotification notification, String source) {
        String channel = notification.channel().id();
        for (int attempt = 1;; attempt++) {
            try {
                OrderDetail detail = marketplaces.orders(channel)
                        .orderDetail(notification.shopId(), notification.externalOrderId());
                return Optional.of(toNewOrder(detail, notification, source, clock.instant()));
            } catch (MarketplaceCallFailed e) {
                if (e.kind() == MarketplaceCallFailed.Kind.REFUSED) {
                    log.warn("{} refused the detail of order {}: {}", channel, notification.externalOrderId(),
                            e.getMessage());
                    return Optional.empty();
                }
                if (e.kind() != MarketplaceCallFailed.Kind.RATE_LIMITED || attempt >= 5) {
                    throw e;
                }
                sleep(e.retryAfter().orElse(Duration.ofMillis(200)));
            }
        }
    }

    static NewOrder toNewOrder(OrderDetail detail, OrderNotification notification, String source, Instant now) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < detail.lines().size(); i++) {
            OrderDetail.Line line = detail.lines().get(i);
            lines.add(OrderLine.of(Integer.toString(i + 1), line.sellerSku(), line.quantity(), line.unitPriceRupiah()));
        }
        Instant updated = firstOf(detail.updatedAt(), notification.updatedAt(), now);
        Instant created = firstOf(detail.createdAt(), updated, now);
        String shop = detail.shopId() == null || detail.shopId().isBlank() ? notification.shopId() : detail.shopId();
        return new NewOrder(detail.channel().id(), shop, detail.externalOrderId(),
                OrderStatus.valueOf(detail.status().name()), detail.marketplaceStatus(), created, updated,
                lines, detail.discountRupiah(), detail.shippingRupiah(), detail.feesRupiah(), source);
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null && candidate.getEpochSecond() > 0) {
                return candidate;
            }
        }
        return candidates[candidates.length - 1];
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.min(wait.toMillis(), 2_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
