package id.tenun.marketplaces.lazada;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Amounts;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.LinesBySku;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.ShopOrders;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Orders on Lazada: {@code /order/get} with {@code /order/items/get}, and by update time {@code /orders/get} and the
 * reverse orders {@code /reverse/getreverseordersforseller} (path, parameters and answer shape confirmed in Lazada's
 * API reference: {@code page_no} and {@code page_size} required, {@code ReverseOrderLineModifiedTimeRangeStart|End} in
 * milliseconds, the answer under {@code result}).
 */
final class LazadaOrders extends ShopOrders {

    static final String ORDER = "/order/get";

    static final String ORDER_ITEMS = "/order/items/get";

    static final String ORDERS = "/orders/get";

    static final String REVERSE_ORDERS = "/reverse/getreverseordersforseller";

    static final int PAGE_SIZE = 100;

    /** Reverse orders per page [B: the largest accepted is not documented; the default is 10]. */
    static final int REVERSE_PAGE_SIZE = 50;

    /** How far past our clock a window of changes reaches, for a change stamped by a clock ahead of ours. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    static final int MAX_PAGES = 20;

    /** Lazada's answer format, e.g. {@code 2026-11-28 10:00:00 +0800}. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    /** Western Indonesia time, in which Lazada ID is asked. */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final LazadaClient client;

    LazadaOrders(ChannelSettings settings, LazadaClient client) {
        super(Channel.LAZADA);
        this.client = client;
    }

    @Override
    public OrderDetail orderDetail(ShopCredentials shop, String externalOrderId) {
        JsonNode order = client.get(shop, ORDER, Map.of("order_id", externalOrderId)).orThrow().data();
        JsonNode items = client.get(shop, ORDER_ITEMS, Map.of("order_id", externalOrderId)).orThrow().data();
        return detail(shop.shopId(), order, items);
    }

    /**
     * One item per unit, folded by seller SKU at {@code item_price} (the price before vouchers; {@code paid_price} is
     * after them); the seller's discount is the order's {@code voucher_seller} (the items' sum if the order lacks
     * it), the buyer's shipping its {@code shipping_fee}. Fees are not in the order API (Lazada reports them as
     * finance transactions, per statement), so they are not known.
     */
    static OrderDetail detail(String shopId, JsonNode order, JsonNode items) {
        String status = order.path("statuses").path(0).asString("");
        LinesBySku bySku = new LinesBySku();
        Long itemVouchers = null;
        for (JsonNode item : items) {
            String sku = item.path("sku").asString("");
            long price = Amounts.requiredRupiah(
                    item.has("item_price") ? item.path("item_price") : item.path("paid_price"),
                    "price of order item " + item.path("order_item_id").asString(""));
            itemVouchers = Amounts.sum(itemVouchers, Amounts.rupiah(item.path("voucher_seller")));
            bySku.add(sku, 1, price);
        }
        Long voucherSeller = Amounts.rupiah(order.path("voucher_seller"));
        return new OrderDetail(Channel.LAZADA, shopId, order.path("order_id").asString(""), status,
                LazadaStatuses.of(status).orElse(TenunOrderStatus.CREATED), time(order.path("created_at").asString("")),
                time(order.path("updated_at").asString("")), bySku.lines(),
                voucherSeller == null ? itemVouchers : voucherSeller, Amounts.rupiah(order.path("shipping_fee")), null);
    }

    /**
     * Orders changed since {@code since}, then reverse orders: Lazada's order shows neither a buyer's pending
     * cancellation or return nor its refusal, only its end ({@code canceled}, {@code returned}), so the reverse orders
     * modified since then are read too, each as a change of its trade order ({@link LazadaReverseStatuses}, by the
     * line modified last). So a lost push of a request, of its refusal or of its end is found by the next poll.
     */
    @Override
    public List<OrderNotification> ordersChangedSince(ShopCredentials shop, Instant since) {
        List<OrderNotification> changes = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("update_after", since.atOffset(WIB).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            query.put("sort_by", "updated_at");
            query.put("sort_direction", "ASC");
            query.put("offset", Integer.toString(page * PAGE_SIZE));
            query.put("limit", Integer.toString(PAGE_SIZE));
            JsonNode data = client.get(shop, ORDERS, query).orThrow().data();
            int count = 0;
            for (JsonNode order : data.path("orders")) {
                count++;
                String status = order.path("statuses").path(0).asString("");
                LazadaStatuses.of(status)
                        .ifPresent(tenun -> changes.add(new OrderNotification(Channel.LAZADA, shop.shopId(),
                                order.path("order_id").asString(""), status, tenun,
                                time(order.path("updated_at").asString("")))));
            }
            if (count < PAGE_SIZE) {
                break;
            }
        }
        reverseOrdersChangedSince(shop, since, changes);
        return changes;
    }

    /** One order list and one reverse order list: two calls at least. */
    @Override
    public int changesCalls() {
        return 2;
    }

    private void reverseOrdersChangedSince(ShopCredentials shop, Instant since, List<OrderNotification> changes) {
        Instant until = client.clock().instant().plus(CLOCK_MARGIN);
        for (int page = 1; page <= MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("page_no", Integer.toString(page));
            query.put("page_size", Integer.toString(REVERSE_PAGE_SIZE));
            query.put("ReverseOrderLineModifiedTimeRangeStart", Long.toString(since.toEpochMilli()));
            query.put("ReverseOrderLineModifiedTimeRangeEnd", Long.toString(until.toEpochMilli()));
            JsonNode items = client.get(shop, REVERSE_ORDERS, query).orThrow().body().path("result").path("items");
            for (JsonNode reverse : items) {
                reverseChange(shop.shopId(), reverse).ifPresent(changes::add);
            }
            if (items.size() < REVERSE_PAGE_SIZE) {
                break;
            }
        }
    }

    /**
     * A reverse order as a change of its trade order: the status of its line modified last, at that time in whole
     * seconds, as Lazada's order times and pushes tell it, so that a change read from both lists is one change.
     */
    static Optional<OrderNotification> reverseChange(String shopId, JsonNode reverse) {
        JsonNode last = null;
        for (JsonNode line : reverse.path("reverse_order_lines")) {
            if (last == null || modified(line) > modified(last)) {
                last = line;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        String status = last.path("reverse_status").asString("");
        Instant modified = Instant.ofEpochMilli(modified(last)).truncatedTo(ChronoUnit.SECONDS);
        return LazadaReverseStatuses.of(reverse.path("request_type").asString(""), status)
                .map(tenun -> new OrderNotification(Channel.LAZADA, shopId,
                        reverse.path("trade_order_id").asString(""), status, tenun, modified));
    }

    private static long modified(JsonNode line) {
        return line.path("return_order_line_gmt_modified").asLong(0);
    }

    static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text, TIME).toInstant();
        } catch (DateTimeParseException ex) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return Instant.EPOCH;
            }
        }
    }
}
