package id.tenun.marketplaces.shopee;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TenunOrderStatus;
import tools.jackson.databind.JsonNode;

/** Orders on Shopee v2: {@code get_order_detail} and {@code get_order_list} by update time (15 days at most). */
final class ShopeeOrders implements MarketplaceOrders {

    static final String ORDER_DETAIL = "/api/v2/order/get_order_detail";

    static final String ORDER_LIST = "/api/v2/order/get_order_list";

    static final Duration MAX_RANGE = Duration.ofDays(15);

    static final int MAX_PAGES = 20;

    private final ChannelSettings settings;

    private final ShopeeClient client;

    ShopeeOrders(ChannelSettings settings, ShopeeClient client) {
        this.settings = settings;
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    @Override
    public OrderDetail orderDetail(String shopId, String externalOrderId) {
        ShopCredentials shop = settings.requireShop(shopId);
        JsonNode orders = client
            .get(shop, ORDER_DETAIL,
                    Map.of("order_sn_list", externalOrderId, "response_optional_fields", "item_list,total_amount"))
            .orThrow()
            .response()
            .path("order_list");
        for (JsonNode order : orders) {
            if (externalOrderId.equals(order.path("order_sn").asString(""))) {
                return detail(shopId, order);
            }
        }
        throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, "Order " + externalOrderId + " not found",
                null);
    }

    static OrderDetail detail(String shopId, JsonNode order) {
        String status = order.path("order_status").asString("");
        List<OrderDetail.Line> lines = new ArrayList<>();
        for (JsonNode item : order.path("item_list")) {
            String modelSku = item.path("model_sku").asString("");
            String sku = modelSku.isEmpty() ? item.path("item_sku").asString("") : modelSku;
            int quantity = item.path("model_quantity_purchased").asInt(1);
            JsonNode price = item.has("model_discounted_price") ? item.path("model_discounted_price")
                    : item.path("model_original_price");
            lines.add(new OrderDetail.Line(sku, quantity, Math.round(price.asDouble(0))));
        }
        long total = lines.stream().mapToLong(OrderDetail.Line::totalRupiah).sum();
        return new OrderDetail(Channel.SHOPEE, shopId, order.path("order_sn").asString(""), status,
                ShopeeStatuses.of(status).orElse(TenunOrderStatus.CREATED),
                Instant.ofEpochSecond(order.path("create_time").asLong(0)),
                Instant.ofEpochSecond(order.path("update_time").asLong(0)), lines, total);
    }

    @Override
    public List<OrderNotification> ordersChangedSince(String shopId, Instant since) {
        ShopCredentials shop = settings.requireShop(shopId);
        Instant now = client.clock().instant();
        Instant from = since.isBefore(now.minus(MAX_RANGE)) ? now.minus(MAX_RANGE) : since;
        List<OrderNotification> changes = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("time_range_field", "update_time");
            query.put("time_from", Long.toString(from.getEpochSecond()));
            query.put("time_to", Long.toString(now.getEpochSecond() + 1));
            query.put("page_size", "100");
            query.put("cursor", cursor);
            query.put("response_optional_fields", "order_status");
            JsonNode response = client.get(shop, ORDER_LIST, query).orThrow().response();
            for (JsonNode order : response.path("order_list")) {
                String status = order.path("order_status").asString("");
                Instant updated = order.has("update_time") ? Instant.ofEpochSecond(order.path("update_time").asLong(0))
                        : now;
                ShopeeStatuses.of(status)
                    .ifPresent(tenun -> changes.add(new OrderNotification(Channel.SHOPEE, shopId,
                            order.path("order_sn").asString(""), status, tenun, updated)));
            }
            cursor = response.path("next_cursor").asString("");
            if (!response.path("more").asBoolean(false) || cursor.isEmpty()) {
                break;
            }
        }
        return changes;
    }
}
