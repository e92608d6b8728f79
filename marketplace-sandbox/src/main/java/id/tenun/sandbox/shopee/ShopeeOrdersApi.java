package id.tenun.sandbox.shopee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopee v2 order list (by update time, 15 days at most) and order detail. Shopee puts no platform voucher on
 * sandbox orders, so the item promotion is all the discount there is (the seller's).
 */
@RestController
@RequestMapping(ShopeeGate.PREFIX + "/api/v2/order")
class ShopeeOrdersApi {

    private final ShopeeGate gate;

    private final SandboxOrders orders;

    ShopeeOrdersApi(ShopeeGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping("/get_order_list")
    ResponseEntity<String> list(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        Map<String, String> query = QueryString.of(request);
        long from;
        long to;
        int pageSize;
        int offset;
        try {
            from = Long.parseLong(query.get("time_from"));
            to = Long.parseLong(query.get("time_to"));
            pageSize = Integer.parseInt(query.get("page_size"));
            offset = query.getOrDefault("cursor", "").isEmpty() ? 0 : Integer.parseInt(query.get("cursor"));
        }
        catch (RuntimeException ex) {
            throw ShopeeGate.error(400, "error_param", "time_from, time_to and page_size are required.");
        }
        if (!"update_time".equals(query.get("time_range_field")) && !"create_time".equals(query.get("time_range_field"))) {
            throw ShopeeGate.error(400, "error_param", "time_range_field must be create_time or update_time.");
        }
        if (to - from > Duration.ofDays(15).toSeconds() || to < from) {
            throw ShopeeGate.error(400, "error_param", "The time range should be no more than 15 days.");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw ShopeeGate.error(400, "error_param", "page_size should be between 1 and 100.");
        }
        boolean withStatus = query.getOrDefault("response_optional_fields", "").contains("order_status");
        List<SandboxOrder> found = orders.changedSince("shopee", shop.shopId(), Instant.ofEpochSecond(from),
                Instant.ofEpochSecond(to));
        ObjectNode response = Json.object();
        ArrayNode list = response.putArray("order_list");
        found.stream().skip(offset).limit(pageSize).forEach(order -> {
            ObjectNode node = list.addObject();
            node.put("order_sn", order.getOrderId());
            if (withStatus) {
                node.put("order_status", ShopeePushes.status(order.getStage()));
            }
        });
        boolean more = offset + pageSize < found.size();
        response.put("more", more);
        response.put("next_cursor", more ? Integer.toString(offset + pageSize) : "");
        return ShopeeGate.ok(response);
    }

    @GetMapping("/get_order_detail")
    ResponseEntity<String> detail(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        String list = QueryString.of(request).getOrDefault("order_sn_list", "");
        if (list.isBlank()) {
            throw ShopeeGate.error(400, "error_param", "order_sn_list is required.");
        }
        ObjectNode response = Json.object();
        ArrayNode found = response.putArray("order_list");
        for (String orderSn : list.split(",")) {
            orders.find("shopee", shop.shopId(), orderSn.trim()).ifPresent(order -> found.add(render(order)));
        }
        return ShopeeGate.ok(response);
    }

    private static ObjectNode render(SandboxOrder order) {
        ObjectNode node = Json.object();
        node.put("order_sn", order.getOrderId());
        node.put("order_status", ShopeePushes.status(order.getStage()));
        node.put("region", "ID");
        node.put("currency", "IDR");
        node.put("create_time", order.getCreatedAt().getEpochSecond());
        node.put("update_time", order.getUpdatedAt().getEpochSecond());
        node.put("total_amount", order.getTotal() - order.getSellerDiscount() + order.getShipping());
        node.put("estimated_shipping_fee", order.getShipping());
        ArrayNode items = node.putArray("item_list");
        for (SandboxOrder.Line line : order.getLines()) {
            ObjectNode item = items.addObject();
            item.put("item_id", Long.parseLong(line.itemId()));
            item.put("item_name", line.title());
            item.put("item_sku", line.sellerSku());
            item.put("model_id", 0);
            item.put("model_sku", "");
            item.put("model_quantity_purchased", line.quantity());
            item.put("model_original_price", line.unitPrice());
            item.put("model_discounted_price", line.unitPrice() - order.unitSellerDiscount(line));
        }
        return node;
    }
}
