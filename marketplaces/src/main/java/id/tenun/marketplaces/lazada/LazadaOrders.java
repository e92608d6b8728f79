package id.tenun.marketplaces.lazada;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** Orders on Lazada: {@code /order/get} with {@code /order/items/get}, and {@code /orders/get} by update time. */
final class LazadaOrders extends ShopOrders {

    static final String ORDER = "/order/get";

    static final String ORDER_ITEMS = "/order/items/get";

    static final String ORDERS = "/orders/get";

    static final int PAGE_SIZE = 100;

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
        return changes;
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
