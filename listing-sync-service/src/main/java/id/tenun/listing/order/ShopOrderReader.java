package id.tenun.listing.order;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.shop.ShopClients;
import id.tenun.listing.shop.ShopGuard;
import id.tenun.listing.shop.ShopGuards;
import id.tenun.listing.token.TokenRefresher;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Reads the orders of the shops Tenun holds, with each shop's own credentials and under its guard (the same rate
 * limiter and breaker as its listing pushes), and appends each read to {@code marketplace.orders.v1} for the order
 * service. A change read once is not read again. An order of a shop that no group holds is kept as unmatched, and
 * read once a group connects the shop.
 */
@Service
public class ShopOrderReader {

    private static final Logger log = LoggerFactory.getLogger(ShopOrderReader.class);

    private static final int PARKED_PER_PASS = 500;

    /** What became of one order change. */
    public enum Outcome {
        READ, ALREADY_READ, UNMATCHED, REFUSED,
        /** The shop had no quota left: parked, read later by {@link #readParked()}. */
        PARKED
    }

    private final ShopClients clients;
    private final ShopGuards guards;
    private final Connections connections;
    private final OrderReads reads;
    private final UnmatchedOrders unmatched;
    private final PendingOrderReads pending;
    private final ShopOrderLog orderLog;
    private final TokenRefresher refresher;
    private final Clock clock;
    private final Counter unmatchedCounter;

    ShopOrderReader(ShopClients clients, ShopGuards guards, Connections connections, OrderReads reads,
            UnmatchedOrders unmatched, PendingOrderReads pending, ShopOrderLog orderLog, TokenRefresher refresher,
            Clock clock, MeterRegistry meters) {
        this.clients = clients;
        this.guards = guards;
        this.connections = connections;
        this.reads = reads;
        this.unmatched = unmatched;
        this.pending = pending;
        this.orderLog = orderLog;
        this.refresher = refresher;
        this.clock = clock;
        this.unmatchedCounter = Counter.builder("tenun.listing.orders.unmatched")
                .description("Orders of shops no group holds, kept until their shop is connected")
                .register(meters);
    }

    /** A verified webhook's body: read the order it is about (a push about something else changes nothing). */
    public void notified(String channel, byte[] body) {
        clients.webhooks(channel).parse(body).ifPresent(notification -> apply(notification, "webhook"));
    }

    /** One order change from a webhook or a poll: read by the shop's owner, or kept as unmatched. */
    public Outcome apply(OrderNotification notification, String source) {
        List<Connection> holders = connections.activeOnShop(notification.channel().id(), notification.shopId());
        Optional<Connection> owner = holders.stream().filter(holder -> !holder.needsReauthorization()).findFirst();
        if (owner.isPresent()) {
            return read(owner.get(), notification, source);
        }
        return keepUnmatched(notification, holders.isEmpty());
    }

    /**
     * Reads the parked changes, oldest first, each shop as far as its quota allows now (a shop out of quota is left
     * for the next pass, the others go on); returns how many were read.
     */
    public int readParked() {
        Set<String> outOfQuota = new HashSet<>();
        int read = 0;
        for (PendingOrderReads.PendingRead parked : pending.oldest(PARKED_PER_PASS)) {
            String shop = parked.channel() + ":" + parked.shopId();
            if (outOfQuota.contains(shop)) {
                continue;
            }
            Outcome outcome = apply(parked.notification(), parked.source());
            if (outcome == Outcome.PARKED) {
                outOfQuota.add(shop);
            } else {
                pending.done(parked);
                read += outcome == Outcome.READ ? 1 : 0;
            }
        }
        return read;
    }

    private Outcome keepUnmatched(OrderNotification notification, boolean noHolder) {
        UnmatchedOrder.Reason reason = noHolder
                ? UnmatchedOrder.Reason.SHOP_NOT_CONNECTED
                : UnmatchedOrder.Reason.SHOP_NEEDS_REAUTHORIZATION;
        if (unmatched.keep(notification, reason, clock.instant())) {
            unmatchedCounter.increment();
            log.info("Order {} of {} shop {} kept as unmatched ({}): no group holds the shop's credentials",
                    notification.externalOrderId(), notification.channel().id(), notification.shopId(), reason);
        }
        return Outcome.UNMATCHED;
    }

    /** Reads the unmatched orders of a shop its group now holds; returns how many were read. */
    public int attribute(Connection connection) {
        int read = 0;
        for (UnmatchedOrder order : unmatched.ofShop(connection.channel(), connection.shopId())) {
            Outcome outcome = read(connection, order.notification(), "connected");
            if (outcome == Outcome.REFUSED) {
                log.warn("{} refused order {} of shop {} now connected to group {}: no longer kept as unmatched",
                        connection.channel(), order.externalOrderId(), connection.shopId(), connection.groupId());
            }
            unmatched.forget(order);
            read += outcome == Outcome.READ ? 1 : 0;
        }
        return read;
    }

    /** Reads one order with the connection's credentials and appends the read, unless this change was read. */
    Outcome read(Connection connection, OrderNotification notification, String source) {
        if (reads.knows(notification)) {
            return Outcome.ALREADY_READ;
        }
        OrderDetail detail;
        try {
            detail = detail(connection, notification);
        } catch (ShopGuard.Deferral notNow) {
            pending.park(notification, source, clock.instant());
            return Outcome.PARKED;
        } catch (MarketplaceCallFailed e) {
            if (e.kind() == MarketplaceCallFailed.Kind.RATE_LIMITED) {
                pending.park(notification, source, clock.instant());
                return Outcome.PARKED;
            }
            if (e.kind() != MarketplaceCallFailed.Kind.AUTHENTICATION
                    || refresher.afterRefusal(connection) != TokenRefresher.AfterRefusal.RETRY) {
                throw e;
            }
            // renewed just now: once more with the new tokens
            Connection renewed = connections.findById(connection.id()).orElseThrow(() -> e);
            detail = detail(renewed, notification);
        }
        if (detail == null) {
            return Outcome.REFUSED;
        }
        ShopOrderRead read = readOf(connection, detail, notification, source, clock.instant());
        orderLog.append(read);
        reads.remember(read, clock.instant());
        return Outcome.READ;
    }

    /** The order's detail, or null if the marketplace refused it (not this shop's order, or gone). */
    private OrderDetail detail(Connection connection, OrderNotification notification) {
        try {
            return guards.of(connection.channel(), connection.shopId()).read(1, () -> clients.orders(connection)
                    .orderDetail(clients.credentials(connection), notification.externalOrderId()));
        } catch (MarketplaceCallFailed e) {
            if (e.kind() != MarketplaceCallFailed.Kind.REFUSED) {
                throw e;
            }
            log.warn("{} refused the detail of order {} of shop {}: {}", connection.channel(),
                    notification.externalOrderId(), connection.shopId(), e.getMessage());
            return null;
        }
    }

    /**
     * The order as read: lines and amounts from the detail; the status the further along of the detail's and the
     * notification's (TikTok Shop's and Lazada's order APIs do not show a return or a pending request: only the
     * reverse push or list tells), except that a request the notification shows does not outrank a detail read after
     * it (the request was refused since).
     */
    static ShopOrderRead readOf(Connection connection, OrderDetail detail, OrderNotification notification,
            String source, Instant now) {
        boolean refusedSince = notification.status().requested() && known(notification.updatedAt())
                && known(detail.updatedAt()) && notification.updatedAt().isBefore(detail.updatedAt());
        boolean notified = notification.status().ordinal() > detail.status().ordinal() && !refusedSince;
        TenunOrderStatus status = notified ? notification.status() : detail.status();
        String marketplaceStatus = notified ? notification.marketplaceStatus() : detail.marketplaceStatus();
        Instant updated = Stream.of(detail.updatedAt(), notification.updatedAt())
                .filter(ShopOrderReader::known)
                .max(Comparator.naturalOrder())
                .orElse(now);
        Instant created = known(detail.createdAt()) ? detail.createdAt() : updated;
        List<ShopOrderRead.Line> lines = detail.lines().stream()
                .map(line -> new ShopOrderRead.Line(line.sellerSku(), line.quantity(), line.unitPriceRupiah()))
                .toList();
        return new ShopOrderRead(UUID.randomUUID(), now, ShopOrderRead.SCHEMA_VERSION, connection.channel(),
                connection.shopId(), connection.groupId(), notification.externalOrderId(), marketplaceStatus,
                status.id(),
                created, updated, lines, detail.discountRupiah(), detail.shippingRupiah(), detail.feesRupiah(),
                source);
    }

    private static boolean known(Instant instant) {
        return instant != null && instant.getEpochSecond() > 0;
    }
}
