package id.tenun.order.lifecycle;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One marketplace order, normalized: one document per (channel, external order id). Its status moves only forward
 * ({@link OrderStatus#canMoveTo}); an older or repeated notification changes nothing. A buyer's request (cancel,
 * return) is the one way back: refused, the order returns to the status it had before the request, on a read newer
 * than the request ({@link #observe}). Every change raises
 * {@code version}, recomputes what each line adds to the sales rollups, marks the rollups to refresh
 * ({@code rollupPending}) and records the {@code orders.v1} events still owed ({@code outbox}), in the same
 * single-document write.
 *
 * @param createdAt when the buyer placed the order at the marketplace (UTC); its WITA date is the sale's day
 * @param updatedAt the marketplace time of the newest status applied
 * @param grossRupiah the goods at their listed price (quantity x unit price over the lines)
 * @param discountRupiah the discounts the seller funds (promotions, seller vouchers), where the marketplace reports
 *        them (null: not known, taken as none); spread over the lines in proportion to their subtotals
 * @param shippingRupiah shipping paid by the buyer, where known: it goes to the courier, so it is not in sales
 * @param feesRupiah what the marketplace charges the seller, where known (Shopee, once completed): shown on the
 *        order, not taken off the net in sales, since the other channels' order APIs do not report it
 */
@Document("orders")
public record Order(@Id String id, String channel, String shopId, String externalOrderId, OrderStatus status,
        String marketplaceStatus, Instant createdAt, Instant updatedAt, Instant receivedAt, Instant changedAt,
        long version, String saleDay, String saleMonth, List<OrderLine> lines, List<String> groupIds,
        long grossRupiah, Long discountRupiah, Long shippingRupiah, Long feesRupiah, boolean unknownSkus,
        List<StatusChange> history, boolean rollupPending, List<PendingEvent> outbox) {

    /** Sales days and months are those of Nusa Tenggara Timur: WITA. */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    public Order {
        lines = List.copyOf(lines);
        groupIds = List.copyOf(groupIds);
        history = List.copyOf(history);
        outbox = List.copyOf(outbox);
    }

    /** Tenun's id of a marketplace order. */
    public static String idOf(String channel, String externalOrderId) {
        return channel + "-" + externalOrderId;
    }

    /**
     * A newly seen order: its lines placed by {@code places} (a SKU it does not know stays unknown and flagged),
     * announced as {@code placed}, then moved to {@code status} if that lies ahead.
     */
    public static Order place(NewOrder order, Function<String, Optional<ProductPlace>> places, Instant now) {
        String day = order.createdAt().atZone(WITA).toLocalDate().toString();
        String month = order.createdAt().atZone(WITA).format(MONTH);
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(places.apply(line.sku()).map(place -> line.placed(place, day, month, order.channel()))
                    .orElse(line));
        }
        List<StatusChange> history = List.of(new StatusChange(OrderStatus.CREATED, order.marketplaceStatus(),
                order.createdAt(), now, order.source()));
        Draft draft = new Draft();
        draft.id = idOf(order.channel(), order.externalOrderId());
        draft.channel = order.channel();
        draft.shopId = order.shopId();
        draft.externalOrderId = order.externalOrderId();
        draft.status = OrderStatus.CREATED;
        draft.marketplaceStatus = order.marketplaceStatus();
        draft.createdAt = order.createdAt();
        draft.updatedAt = order.createdAt();
        draft.receivedAt = now;
        draft.changedAt = now;
        draft.version = 1;
        draft.saleDay = day;
        draft.saleMonth = month;
        draft.lines = lines;
        draft.discountRupiah = order.discountRupiah();
        draft.shippingRupiah = order.shippingRupiah();
        draft.feesRupiah = order.feesRupiah();
        draft.history = history;
        draft.rollupPending = true;
        draft.outbox = List.of(new PendingEvent("placed", 1));
        Order placed = draft.order().remeasured();
        if (order.status() == OrderStatus.CREATED) {
            return placed;
        }
        return placed.observe(order.status(), order.marketplaceStatus(), order.updatedAt(), order.source(), now)
                .map(moved -> moved.withVersion(1))
                .orElse(placed);
    }

    /**
     * The order after a status notification, or empty if it changes nothing: the same status again, or one that
     * does not lie ahead in the lifecycle (an older, out-of-order notification). Requests may be refused, so time
     * decides around them: a request applies if it is not older than what the order knows; a request ends in its
     * final status whenever that is read, and otherwise, refused, takes the order back to the status it had before
     * (or on from there) on a read newer than the request. A status announced once is not announced again.
     */
    public Optional<Order> observe(OrderStatus next, String nextMarketplaceStatus, Instant at, String source,
            Instant now) {
        if (!moves(next, at)) {
            return Optional.empty();
        }
        List<StatusChange> moved = new ArrayList<>(history);
        moved.add(new StatusChange(next, nextMarketplaceStatus, at, now, source));
        List<PendingEvent> owed = new ArrayList<>(outbox);
        boolean announced = history.stream().anyMatch(change -> change.status() == next);
        next.announcedAs()
                .filter(type -> !announced)
                .ifPresent(type -> owed.add(new PendingEvent(type, version + 1)));
        Instant newest = at != null && (updatedAt == null || at.isAfter(updatedAt)) ? at : updatedAt;
        return Optional.of(with(draft -> {
            draft.status = next;
            draft.marketplaceStatus = nextMarketplaceStatus;
            draft.updatedAt = newest;
            draft.changedAt = now;
            draft.version = version + 1;
            draft.history = moved;
            draft.rollupPending = true;
            draft.outbox = owed;
        }).remeasured());
    }

    /** Whether a read of {@code next} at {@code at} changes the order's status (see {@link #observe}). */
    private boolean moves(OrderStatus next, Instant at) {
        if (status.requested()) {
            if (status.canMoveTo(next)) {
                return true;
            }
            OrderStatus before = statusBeforeRequest();
            boolean onFromBefore = next != status && (next == before || before.canMoveTo(next));
            return onFromBefore && (next.terminal() || newer(at));
        }
        if (next.requested()) {
            return status.canMoveTo(next) && at != null && (updatedAt == null || !at.isBefore(updatedAt));
        }
        return status.canMoveTo(next);
    }

    private boolean newer(Instant at) {
        return at != null && (updatedAt == null || at.isAfter(updatedAt));
    }

    /** The latest status in the order's history that was not a request: where a refused request leaves it. */
    private OrderStatus statusBeforeRequest() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).status().requested()) {
                return history.get(i).status();
            }
        }
        return OrderStatus.CREATED;
    }

    /** The order with lines whose SKU was unknown placed now, if the catalog has learnt any of them. */
    public Optional<Order> resolve(Function<String, Optional<ProductPlace>> places, Instant now) {
        boolean changed = false;
        List<OrderLine> resolved = new ArrayList<>();
        for (OrderLine line : lines) {
            Optional<ProductPlace> place = line.known() ? Optional.empty() : places.apply(line.sku());
            if (place.isPresent()) {
                resolved.add(line.placed(place.get(), saleDay, saleMonth, channel));
                changed = true;
            } else {
                resolved.add(line);
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(with(draft -> {
            draft.changedAt = now;
            draft.version = version + 1;
            draft.lines = resolved;
            draft.rollupPending = true;
        }).remeasured());
    }

    /**
     * The order with the amounts of a newer read of the order (an amount it does not report keeps the
     * value known before), remeasured; the same version, to go in the same write as the status it came with.
     */
    public Order withAmounts(Long discount, Long shipping, Long fees) {
        return with(draft -> {
            draft.discountRupiah = discount == null ? discountRupiah : discount;
            draft.shippingRupiah = shipping == null ? shippingRupiah : shipping;
            draft.feesRupiah = fees == null ? feesRupiah : fees;
        }).remeasured();
    }

    /**
     * The lines' discount shares and measures, groups, gross and unknown-SKU flag, derived from the lines, the
     * discount and the status.
     */
    private Order remeasured() {
        long gross = 0;
        for (OrderLine line : lines) {
            gross = Math.addExact(gross, line.subtotalRupiah());
        }
        long[] shares = discountShares(gross);
        Set<String> counted = new HashSet<>();
        List<OrderLine> measured = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            boolean countsTheOrder = line.known() && counted.add(line.groupId());
            measured.add(line.measured(status, countsTheOrder, shares[i]));
            if (line.known()) {
                groups.add(line.groupId());
            }
        }
        Draft draft = new Draft(this);
        draft.lines = measured;
        draft.groupIds = List.copyOf(groups);
        draft.grossRupiah = gross;
        draft.unknownSkus = lines.stream().anyMatch(line -> !line.known());
        return draft.order();
    }

    /**
     * The discount spread over the lines in proportion to their subtotals, in whole rupiah that add up to it exactly
     * (largest remainders first), so that no line's share exceeds its subtotal; none if unknown.
     */
    private long[] discountShares(long gross) {
        long[] shares = new long[lines.size()];
        long discount = discountRupiah == null ? 0 : Math.min(discountRupiah, gross);
        if (discount <= 0) {
            return shares;
        }
        BigInteger total = BigInteger.valueOf(gross);
        long[] remainders = new long[lines.size()];
        long left = discount;
        for (int i = 0; i < lines.size(); i++) {
            BigInteger[] split = BigInteger.valueOf(discount)
                    .multiply(BigInteger.valueOf(lines.get(i).subtotalRupiah()))
                    .divideAndRemainder(total);
            shares[i] = split[0].longValueExact();
            remainders[i] = split[1].longValueExact();
            left -= shares[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingLong((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < left; k++) {
            shares[byRemainder.get(k)]++;
        }
        return shares;
    }

    private Order withVersion(long newVersion) {
        List<PendingEvent> owed = outbox.stream().map(event -> new PendingEvent(event.type(), newVersion)).toList();
        return with(draft -> {
            draft.version = newVersion;
            draft.outbox = owed;
        });
    }

    /** A copy of this order with {@code changes} made to its fields. */
    private Order with(Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.order();
    }

    /**
     * An order's fields, to change some and keep the others: the one place that lists them all, so that a new field
     * is added to the record and here, and no change rebuilds an order by position.
     */
    private static final class Draft {

        String id;
        String channel;
        String shopId;
        String externalOrderId;
        OrderStatus status;
        String marketplaceStatus;
        Instant createdAt;
        Instant updatedAt;
        Instant receivedAt;
        Instant changedAt;
        long version;
        String saleDay;
        String saleMonth;
        List<OrderLine> lines = List.of();
        List<String> groupIds = List.of();
        long grossRupiah;
        Long discountRupiah;
        Long shippingRupiah;
        Long feesRupiah;
        boolean unknownSkus;
        List<StatusChange> history = List.of();
        boolean rollupPending;
        List<PendingEvent> outbox = List.of();

        Draft() {
        }

        Draft(Order order) {
            id = order.id;
            channel = order.channel;
            shopId = order.shopId;
            externalOrderId = order.externalOrderId;
            status = order.status;
            marketplaceStatus = order.marketplaceStatus;
            createdAt = order.createdAt;
            updatedAt = order.updatedAt;
            receivedAt = order.receivedAt;
            changedAt = order.changedAt;
            version = order.version;
            saleDay = order.saleDay;
            saleMonth = order.saleMonth;
            lines = order.lines;
            groupIds = order.groupIds;
            grossRupiah = order.grossRupiah;
            discountRupiah = order.discountRupiah;
            shippingRupiah = order.shippingRupiah;
            feesRupiah = order.feesRupiah;
            unknownSkus = order.unknownSkus;
            history = order.history;
            rollupPending = order.rollupPending;
            outbox = order.outbox;
        }

        Order order() {
            return new Order(id, channel, shopId, externalOrderId, status, marketplaceStatus, createdAt, updatedAt,
                    receivedAt, changedAt, version, saleDay, saleMonth, lines, groupIds, grossRupiah, discountRupiah,
                    shippingRupiah, feesRupiah, unknownSkus, history, rollupPending, outbox);
        }
    }

    /** The sales buckets (day and month) this order adds to. */
    public Set<String> buckets() {
        Set<String> buckets = new LinkedHashSet<>();
        for (OrderLine line : lines) {
            if (line.dayBucket() != null) {
                buckets.add(line.dayBucket());
                buckets.add(line.monthBucket());
            }
        }
        return buckets;
    }

    public boolean hasPendingWork() {
        return rollupPending || (!outbox.isEmpty() && !eventsHeld());
    }

    /**
     * Whether the order's {@code orders.v1} events wait: while no line's SKU is known there is no group to name and
     * no product whose stock to move, so the events stay owed on the order (staff see it among the orders waiting
     * for an unknown SKU) and go out, {@code placed} first, once the catalog publishes one of its SKUs.
     */
    public boolean eventsHeld() {
        return groupIds.isEmpty();
    }

    /**
     * Net sales in whole rupiah, of every line (known SKU or not): the goods less the seller's discounts; nothing once
     * cancelled or returned.
     */
    public long netRupiah() {
        return lines.stream().mapToLong(line -> line.netAt(status)).sum();
    }
}
