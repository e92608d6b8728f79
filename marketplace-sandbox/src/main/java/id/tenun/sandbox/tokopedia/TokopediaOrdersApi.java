package id.tenun.sandbox.tokopedia;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;

/**
 * TikTok Shop order detail ({@code GET /order/202309/orders?ids=}), order search by update time, and return search
 * by update time ({@code POST /return_refund/202309/returns/search}): a returned order stays {@code COMPLETED} in the
 * order API, which shows no pending cancellation or return either; a return is a reverse order of its own.
 */
@RestController
@RequestMapping(TokopediaGate.PREFIX)
class TokopediaOrdersApi {

    private final TokopediaGate gate;

    private final SandboxOrders orders;

    TokopediaOrdersApi(TokopediaGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping("/order/202309/orders")
    ResponseEntity<String> detail(HttpServletRequest request) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, null);
        String ids = QueryString.of(request).getOrDefault("ids", "");
        if (ids.isBlank()) {
            throw TokopediaGate.error(200, 36009001, "ids is required");
        }
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("orders");
        for (String id : ids.split(",")) {
            orders.find("tokopedia", shop.shopId(), id.trim()).ifPresent(order -> list.add(render(order)));
        }
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

    @PostMapping("/order/202309/orders/search")
    ResponseEntity<String> search(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return search(request, body, "orders", order -> true, TokopediaOrdersApi::render);
    }

    @PostMapping("/return_refund/202309/returns/search")
    ResponseEntity<String> returns(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return search(request, body, "return_orders",
                order -> order.getStage() == Stage.RETURNED || order.getLastRequest() == Stage.RETURN_REQUESTED,
                TokopediaOrdersApi::renderReturn);
    }

    private ResponseEntity<String> search(HttpServletRequest request, byte[] body, String field,
            Predicate<SandboxOrder> which, Function<SandboxOrder, ObjectNode> renderer) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        Map<String, String> query = QueryString.of(request);
        int pageSize;
        int offset;
        try {
            pageSize = Integer.parseInt(query.getOrDefault("page_size", ""));
            offset = query.getOrDefault("page_token", "").isEmpty() ? 0 : Integer.parseInt(query.get("page_token"));
        } catch (NumberFormatException ex) {
            throw TokopediaGate.error(200, 36009001,
                    "page_size is required, page_token must come from a previous page");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw TokopediaGate.error(200, 36009001, "page_size must be between 1 and 100");
        }
        JsonNode filter = Json.read(body);
        Instant from = Instant.ofEpochSecond(filter.path("update_time_ge").asLong(0));
        Instant until = filter.has("update_time_lt")
                ? Instant.ofEpochSecond(filter.path("update_time_lt").asLong())
                : null;
        List<SandboxOrder> found = orders.changedSince("tokopedia", shop.shopId(), from, until).stream().filter(which)
                .toList();
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray(field);
        found.stream().skip(offset).limit(pageSize).forEach(order -> list.add(renderer.apply(order)));
        data.put("next_page_token", offset + pageSize < found.size() ? Integer.toString(offset + pageSize) : "");
        data.put("total_count", found.size());
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

    /** The reverse order of an order with a return (one return of the whole order: pending, refused or complete). */
    static ObjectNode renderReturn(SandboxOrder order) {
        ObjectNode node = Json.object();
        node.put("return_id", TokopediaPushes.returnId(order));
        node.put("order_id", order.getOrderId());
        node.put("return_type", "RETURN_AND_REFUND");
        node.put("return_status", TokopediaPushes.reverseStatus(order));
        node.put("create_time", order.getUpdatedAt().getEpochSecond());
        node.put("update_time", order.getUpdatedAt().getEpochSecond());
        return node;
    }

    /** TTS lists one line item per unit bought; amounts are decimal strings. */
    static ObjectNode render(SandboxOrder order) {
        ObjectNode node = Json.object();
        node.put("id", order.getOrderId());
        node.put("status", TokopediaPushes.status(order.getShownStage()));
        node.put("create_time", order.getCreatedAt().getEpochSecond());
        node.put("update_time", order.getUpdatedAt().getEpochSecond());
        ObjectNode payment = node.putObject("payment");
        long subTotal = order.getTotal() - order.getSellerDiscount() - order.getPlatformDiscount();
        payment.put("currency", "IDR");
        payment.put("original_total_product_price", Long.toString(order.getTotal()));
        payment.put("seller_discount", Long.toString(order.getSellerDiscount()));
        payment.put("platform_discount", Long.toString(order.getPlatformDiscount()));
        payment.put("sub_total", Long.toString(subTotal));
        payment.put("original_shipping_fee", Long.toString(order.getShipping()));
        payment.put("shipping_fee_seller_discount", "0");
        payment.put("shipping_fee_platform_discount", "0");
        payment.put("shipping_fee", Long.toString(order.getShipping()));
        payment.put("tax", "0");
        payment.put("total_amount", Long.toString(order.getBuyerPaid()));
        ArrayNode items = node.putArray("line_items");
        int n = 0;
        for (SandboxOrder.Line line : order.getLines()) {
            long sellerDiscount = order.unitSellerDiscount(line);
            long platformDiscount = order.unitPlatformDiscount(line);
            for (int unit = 0; unit < line.quantity(); unit++) {
                ObjectNode item = items.addObject();
                item.put("id", order.getOrderId() + "-" + (++n));
                item.put("product_id", line.itemId());
                item.put("sku_id", line.skuId());
                item.put("seller_sku", line.sellerSku());
                item.put("product_name", line.title());
                item.put("original_price", Long.toString(line.unitPrice()));
                item.put("seller_discount", Long.toString(sellerDiscount));
                item.put("platform_discount", Long.toString(platformDiscount));
                item.put("sale_price", Long.toString(line.unitPrice() - sellerDiscount - platformDiscount));
                item.put("currency", "IDR");
            }
        }
        return node;
    }
}
