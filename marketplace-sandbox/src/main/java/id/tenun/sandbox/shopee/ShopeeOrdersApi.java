package id.tenun.sandbox.shopee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;

/**
 * Shopee v2 order list (by update time, 15 days at most), order detail, the order's escrow detail
 * ({@code /api/v2/payment/get_escrow_detail}) and the shop's returns ({@code /api/v2/returns/get_return_list}). Sandbox orders on Shopee have no platform discount, so the item
 * promotion is all the discount there is (the seller's).
 */
@RestController
@RequestMapping(ShopeeGate.PREFIX + "/api/v2")
class ShopeeOrdersApi {

    private final ShopeeGate gate;

    private final SandboxOrders orders;

    ShopeeOrdersApi(ShopeeGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping("/order/get_order_list")
    ResponseEntity<String> list(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        Map<String, String> query = QueryString.of(request);
        long from = number(query, "time_from");
        long to = number(query, "time_to");
        int pageSize = (int) number(query, "page_size");
        int offset = query.getOrDefault("cursor", "").isEmpty() ? 0 : (int) number(query, "cursor");
        if (!"update_time".equals(query.get("time_range_field"))
                && !"create_time".equals(query.get("time_range_field"))) {
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

    @GetMapping("/order/get_order_detail")
    ResponseEntity<String> detail(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        String list = required(request, "order_sn_list");
        Set<String> optional = Set.of(QueryString.of(request).getOrDefault("response_optional_fields", "").split(","))
                .stream()
                .map(String::strip)
                .collect(Collectors.toSet());
        ObjectNode response = Json.object();
        ArrayNode found = response.putArray("order_list");
        for (String orderSn : list.split(",")) {
            orders.find("shopee", shop.shopId(), orderSn.trim())
                    .ifPresent(order -> found.add(render(order, optional)));
        }
        return ShopeeGate.ok(response);
    }

    /**
     * The escrow detail: what the seller receives for the order, with the discounts, the buyer's shipping and
     * Shopee's fees. The buyer pays the courier through Shopee, so the shipping passes through
     * ({@code final_shipping_fee} takes it back off the escrow).
     */
    @GetMapping("/payment/get_escrow_detail")
    ResponseEntity<String> escrow(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        String orderSn = required(request, "order_sn").trim();
        SandboxOrder order = orders.find("shopee", shop.shopId(), orderSn)
                .orElseThrow(() -> ShopeeGate.error(400, "error_param", "order_sn " + orderSn + " not found."));
        ObjectNode response = Json.object();
        response.put("order_sn", order.getOrderId());
        ObjectNode income = response.putObject("order_income");
        income.put("escrow_amount", order.getBuyerPaid() - order.getFees() - order.getShipping());
        income.put("buyer_total_amount", order.getBuyerPaid());
        income.put("original_price", order.getTotal());
        income.put("seller_discount", order.getSellerDiscount());
        income.put("shopee_discount", 0);
        income.put("voucher_from_seller", 0);
        income.put("voucher_from_shopee", 0);
        income.put("coins", 0);
        income.put("buyer_paid_shipping_fee", order.getShipping());
        income.put("buyer_transaction_fee", 0);
        income.put("estimated_shipping_fee", order.getShipping());
        income.put("actual_shipping_fee", order.getShipping());
        income.put("final_shipping_fee", -order.getShipping());
        income.put("commission_fee", order.getCommissionFee());
        income.put("service_fee", order.getServiceFee());
        income.put("seller_transaction_fee", 0);
        return ShopeeGate.ok(response);
    }

    /**
     * The shop's returns updated in a window ({@code update_time_from}/{@code _to}, 15 days at most), by page: one per
     * order with a return requested, {@code REQUESTED} while pending, {@code CANCELLED} once refused (the order is
     * {@code COMPLETED} again), {@code REFUND_PAID} once the goods are back [B: the return statuses].
     */
    @GetMapping("/returns/get_return_list")
    ResponseEntity<String> returns(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        Map<String, String> query = QueryString.of(request);
        long from = number(query, "update_time_from");
        long to = number(query, "update_time_to");
        long pageNo = number(query, "page_no");
        long pageSize = number(query, "page_size");
        if (to - from > Duration.ofDays(15).toSeconds() || to < from || pageNo < 0 || pageSize < 1
                || pageSize > 100) {
            throw ShopeeGate.error(400, "error_param", "The time range should be no more than 15 days, page_size "
                    + "between 1 and 100.");
        }
        List<SandboxOrder> found = orders
                .changedSince("shopee", shop.shopId(), Instant.ofEpochSecond(from), Instant.ofEpochSecond(to))
                .stream()
                .filter(order -> order.getStage() == Stage.RETURNED || order.getLastRequest() == Stage.RETURN_REQUESTED)
                .toList();
        ObjectNode response = Json.object();
        ArrayNode list = response.putArray("return");
        found.stream().skip(pageNo * pageSize).limit(pageSize).forEach(order -> {
            ObjectNode node = list.addObject();
            node.put("return_sn", "R" + order.getOrderId());
            node.put("order_sn", order.getOrderId());
            node.put("status", order.getStage() == Stage.RETURNED
                    ? "REFUND_PAID"
                    : order.isRefused() ? "CANCELLED" : "REQUESTED");
            node.put("create_time", order.getUpdatedAt().getEpochSecond());
            node.put("update_time", order.getUpdatedAt().getEpochSecond());
            node.put("refund_amount", order.getBuyerPaid());
        });
        response.put("more", (pageNo + 1) * pageSize < found.size());
        return ShopeeGate.ok(response);
    }

    /** A whole number the call cannot do without: missing or not a number is Shopee's {@code error_param}. */
    private static long number(Map<String, String> query, String name) {
        try {
            return Long.parseLong(query.getOrDefault(name, ""));
        } catch (NumberFormatException ex) {
            throw ShopeeGate.error(400, "error_param", name + " is required, a whole number.");
        }
    }

    /** A query parameter the call cannot do without: missing or blank is Shopee's {@code error_param}. */
    private static String required(HttpServletRequest request, String name) {
        String value = QueryString.of(request).getOrDefault(name, "");
        if (value.isBlank()) {
            throw ShopeeGate.error(400, "error_param", name + " is required.");
        }
        return value;
    }

    /**
     * The order as {@code get_order_detail} answers it: the fields Shopee always sends, and of the optional ones
     * ({@code total_amount}, {@code estimated_shipping_fee}, {@code item_list}) only those
     * {@code response_optional_fields} asks for.
     */
    private static ObjectNode render(SandboxOrder order, Set<String> optional) {
        ObjectNode node = Json.object();
        node.put("order_sn", order.getOrderId());
        node.put("order_status", ShopeePushes.status(order.getStage()));
        node.put("region", "ID");
        node.put("currency", "IDR");
        node.put("cod", false);
        node.put("create_time", order.getCreatedAt().getEpochSecond());
        node.put("update_time", order.getUpdatedAt().getEpochSecond());
        if (optional.contains("total_amount")) {
            node.put("total_amount", order.getBuyerPaid());
        }
        if (optional.contains("estimated_shipping_fee")) {
            node.put("estimated_shipping_fee", order.getShipping());
        }
        if (!optional.contains("item_list")) {
            return node;
        }
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
