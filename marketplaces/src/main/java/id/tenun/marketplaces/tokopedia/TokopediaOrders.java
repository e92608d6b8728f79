package id.tenun.marketplaces.tokopedia;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
 * Orders on Tokopedia and TikTok Shop: {@code GET /order/202309/orders?ids=}, {@code POST /order/202309/orders/search}
 * and, for cancellations and returns, {@code POST /return_refund/202309/cancellations/search} and
 * {@code .../returns/search} (paths, parameters and answer fields confirmed in the 202309 API reference).
 */
final class TokopediaOrders extends ShopOrders {

    static final String ORDERS = "/order/202309/orders";

    static final String RETURNS_SEARCH = "/return_refund/202309/returns/search";

    static final String CANCELLATIONS_SEARCH = "/return_refund/202309/cancellations/search";

    /** The largest page of every search used here (the returns search takes 10 to 50, cancellations 1 to 50). */
    static final int PAGE_SIZE = 50;

    static final int MAX_PAGES = 20;

    private final TokopediaClient client;

    TokopediaOrders(ChannelSettings settings, TokopediaClient client) {
        super(Channel.TOKOPEDIA);
        this.client = client;
    }

    @Override
    public OrderDetail orderDetail(ShopCredentials shop, String externalOrderId) {
        JsonNode orders = client.call(shop, "GET", ORDERS, Map.of("ids", externalOrderId), null)
                .orThrow()
                .data()
                .path("orders");
        return detail(shop.shopId(), find(orders, "id", externalOrderId));
    }

    /**
     * The order's lines at their original price (one line item per unit, folded by seller SKU), the seller's
     * discount and the buyer's shipping from {@code payment}; fees are not in the order API (TikTok Shop reports
     * them in its finance statements), so they are not known.
     */
    static OrderDetail detail(String shopId, JsonNode order) {
        String status = order.path("status").asString("");
        LinesBySku bySku = new LinesBySku();
        for (JsonNode item : order.path("line_items")) {
            String sku = item.path("seller_sku").asString("");
            long price = Amounts.requiredRupiah(
                    item.has("original_price") ? item.path("original_price") : item.path("sale_price"),
                    "price of line item " + item.path("id").asString(""));
            int quantity = item.path("quantity").asInt(1);
            bySku.add(sku, quantity, price);
        }
        JsonNode payment = order.path("payment");
        return new OrderDetail(Channel.TOKOPEDIA, shopId, order.path("id").asString(""), status,
                TokopediaStatuses.of(status).orElse(TenunOrderStatus.CREATED),
                Instant.ofEpochSecond(order.path("create_time").asLong(0)),
                Instant.ofEpochSecond(order.path("update_time").asLong(0)), bySku.lines(),
                Amounts.rupiah(payment.path("seller_discount")), Amounts.rupiah(payment.path("shipping_fee")), null);
    }

    /**
     * Orders changed since {@code since}, then cancellations and returns: on TikTok Shop the order API shows neither a
     * pending request nor its refusal (a returned order even stays {@code COMPLETED}): each is a record of its own, so
     * the cancellations and returns changed since then are searched too. A pending one is the order
     * {@code CANCEL_REQUESTED} or {@code RETURN_REQUESTED}, a done one {@code CANCELLED} or {@code RETURNED}, a refused
     * or withdrawn one the order as the order API shows it ({@link TokopediaWebhooks#reverse}). So a lost push of a
     * request, of its refusal or of its end is found by the next poll.
     */
    @Override
    public List<OrderNotification> ordersChangedSince(ShopCredentials shop, Instant since) {
        List<OrderNotification> changes = new ArrayList<>();
        search(shop, ORDERS + "/search", "orders", since, order -> {
            String status = order.path("status").asString("");
            TokopediaStatuses.of(status)
                    .ifPresent(tenun -> changes.add(new OrderNotification(Channel.TOKOPEDIA, shop.shopId(),
                            order.path("id").asString(""), status, tenun,
                            Instant.ofEpochSecond(order.path("update_time").asLong(0)))));
        });
        reverse(shop, CANCELLATIONS_SEARCH, "cancellations", "cancel_status", since, changes);
        reverse(shop, RETURNS_SEARCH, "return_orders", "return_status", since, changes);
        return changes;
    }

    /** One order search, one cancellation search and one return search: three calls at least. */
    @Override
    public int changesCalls() {
        return 3;
    }

    /** The cancellations or returns changed since {@code since}, as changes of their orders. */
    private void reverse(ShopCredentials shop, String path, String field, String statusField, Instant since,
            List<OrderNotification> changes) {
        search(shop, path, field, since, reverse -> {
            String status = reverse.path(statusField).asString("");
            TokopediaWebhooks.reverse(status)
                    .ifPresent(tenun -> changes.add(new OrderNotification(Channel.TOKOPEDIA, shop.shopId(),
                            reverse.path("order_id").asString(""), status, tenun,
                            Instant.ofEpochSecond(reverse.path("update_time").asLong(0)))));
        });
    }

    /** Pages through a search by update time, oldest first. */
    private void search(ShopCredentials shop, String path, String field, Instant since, Consumer<JsonNode> sink) {
        String pageToken = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("page_size", Integer.toString(PAGE_SIZE));
            query.put("sort_field", "update_time");
            query.put("sort_order", "ASC");
            if (!pageToken.isEmpty()) {
                query.put("page_token", pageToken);
            }
            ObjectNode body = client.json().createObjectNode();
            body.put("update_time_ge", since.getEpochSecond());
            JsonNode data = client.call(shop, "POST", path, query, body).orThrow().data();
            data.path(field).forEach(sink);
            pageToken = data.path("next_page_token").asString("");
            if (pageToken.isEmpty()) {
                break;
            }
        }
    }
}
