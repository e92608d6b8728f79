package id.tenun.sandbox.lazada;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.Json;

/**
 * Lazada order endpoints: {@code /order/get}, {@code /order/items/get} (one item per unit, the order's shipping split
 * over them), {@code /orders/get}. Amounts are decimal strings; the order's discounts are seller and platform
 * vouchers.
 */
@RestController
@RequestMapping(LazadaGate.PREFIX)
class LazadaOrdersApi {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx")
            .withZone(ZoneOffset.ofHours(7));

    private final LazadaGate gate;

    private final SandboxOrders orders;

    LazadaOrdersApi(LazadaGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping("/order/get")
    ResponseEntity<String> order(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        return LazadaGate.ok(render(existing(call)));
    }

    @GetMapping("/order/items/get")
    ResponseEntity<String> items(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        SandboxOrder order = existing(call);
        ArrayNode items = Json.object().arrayNode();
        int n = 0;
        long shippingLeft = order.getShipping();
        int units = order.getLines().stream().mapToInt(SandboxOrder.Line::quantity).sum();
        for (SandboxOrder.Line line : order.getLines()) {
            long sellerVoucher = order.unitSellerDiscount(line);
            long platformVoucher = order.unitPlatformDiscount(line);
            for (int unit = 0; unit < line.quantity(); unit++) {
                long shipping = ++n == units ? shippingLeft : order.getShipping() / units;
                shippingLeft -= shipping;
                ObjectNode item = items.addObject();
                item.put("order_item_id", Long.parseLong(order.getOrderId()) * 100 + n);
                item.put("order_id", Long.parseLong(order.getOrderId()));
                item.put("name", line.title());
                item.put("sku", line.sellerSku());
                item.put("shop_sku", line.itemId() + "_ID-" + line.skuId());
                item.put("item_price", line.unitPrice() + ".00");
                item.put("paid_price", (line.unitPrice() - sellerVoucher - platformVoucher) + ".00");
                item.put("voucher_amount", (sellerVoucher + platformVoucher) + ".00");
                item.put("voucher_seller", sellerVoucher + ".00");
                item.put("voucher_platform", platformVoucher + ".00");
                item.put("shipping_amount", shipping + ".00");
                item.put("currency", "IDR");
                item.put("status", LazadaPushes.status(order.getShownStage()));
            }
        }
        return LazadaGate.ok(items);
    }

    @GetMapping("/orders/get")
    ResponseEntity<String> list(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        Map<String, String> parameters = call.parameters();
        String after = parameters.getOrDefault("update_after", "");
        if (after.isBlank()) {
            throw LazadaGate.error("MissingParameter", "ISV", "update_after or created_after is required");
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(after).toInstant();
        } catch (DateTimeParseException ex) {
            throw LazadaGate.error("InvalidParameter", "ISV", "update_after must be an ISO 8601 date and time");
        }
        int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
        int limit = Math.min(100, Integer.parseInt(parameters.getOrDefault("limit", "100")));
        List<SandboxOrder> found = orders.changedSince("lazada", call.shop().sellerId(), since, null);
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("orders");
        found.stream().skip(offset).limit(limit).forEach(order -> list.add(render(order)));
        data.put("count", list.size());
        data.put("countTotal", found.size());
        return LazadaGate.ok(data);
    }

    private SandboxOrder existing(LazadaGate.Admitted call) {
        String orderId = call.parameters().getOrDefault("order_id", "");
        return orders.find("lazada", call.shop().sellerId(), orderId)
                .orElseThrow(() -> LazadaGate.error("ORDER_NOT_FOUND", "ISV", "order " + orderId + " does not exist"));
    }

    private static ObjectNode render(SandboxOrder order) {
        ObjectNode node = Json.object();
        node.put("order_id", Long.parseLong(order.getOrderId()));
        node.putArray("statuses").add(LazadaPushes.status(order.getShownStage()));
        node.put("created_at", TIME.format(order.getCreatedAt()));
        node.put("updated_at", TIME.format(order.getUpdatedAt()));
        node.put("price", order.getTotal() + ".00");
        node.put("shipping_fee", order.getShipping() + ".00");
        node.put("voucher", (order.getSellerDiscount() + order.getPlatformDiscount()) + ".00");
        node.put("voucher_seller", order.getSellerDiscount() + ".00");
        node.put("voucher_platform", order.getPlatformDiscount() + ".00");
        node.put("items_count", order.getLines().stream().mapToInt(SandboxOrder.Line::quantity).sum());
        return node;
    }
}
