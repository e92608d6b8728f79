package id.tenun.sandbox.tokopedia;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** TikTok Shop order detail ({@code GET /order/202309/orders?ids=}) and search by update time. */
@RestController
@RequestMapping(TokopediaGate.PREFIX + "/order/202309/orders")
class TokopediaOrdersApi {

    private final TokopediaGate gate;

    private final SandboxOrders orders;

    TokopediaOrdersApi(TokopediaGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping
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

    @PostMapping("/search")
    ResponseEntity<String> search(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        Map<String, String> query = QueryString.of(request);
        int pageSize;
        int offset;
        try {
            pageSize = Integer.parseInt(query.getOrDefault("page_size", ""));
            offset = query.getOrDefault("page_token", "").isEmpty() ? 0 : Integer.parseInt(query.get("page_token"));
        }
        catch (NumberFormatException ex) {
            throw TokopediaGate.error(200, 36009001, "page_size is required, page_token must come from a previous page");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw TokopediaGate.error(200, 36009001, "page_size must be between 1 and 100");
        }
        JsonNode filter = Json.read(body);
        Instant from = Instant.ofEpochSecond(filter.path("update_time_ge").asLong(0));
        Instant until = filter.has("update_time_lt") ? Instant.ofEpochSecond(filter.path("update_time_lt").asLong()) : null;
        List<SandboxOrder> found = orders.changedSince("tokopedia", shop.shopId(), from, until);
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("orders");
        found.stream().skip(offset).limit(pageSize).forEach(order -> list.add(render(order)));
        data.put("next_page_token", offset + pageSize < found.size() ? Integer.toString(offset + pageSize) : "");
        data.put("total_count", found.size());
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

    /** TTS lists one line item per unit bought. */
    static ObjectNode render(SandboxOrder order) {
        ObjectNode node = Json.object();
        node.put("id", order.getOrderId());
        node.put("status", TokopediaPushes.status(order.getStage()));
        node.put("create_time", order.getCreatedAt().getEpochSecond());
        node.put("update_time", order.getUpdatedAt().getEpochSecond());
        ObjectNode payment = node.putObject("payment");
        payment.put("currency", "IDR");
        payment.put("sub_total", Long.toString(order.getTotal()));
        payment.put("total_amount", Long.toString(order.getTotal()));
        ArrayNode items = node.putArray("line_items");
        int n = 0;
        for (SandboxOrder.Line line : order.getLines()) {
            for (int unit = 0; unit < line.quantity(); unit++) {
                ObjectNode item = items.addObject();
                item.put("id", order.getOrderId() + "-" + (++n));
                item.put("product_id", line.itemId());
                item.put("sku_id", line.skuId());
                item.put("seller_sku", line.sellerSku());
                item.put("product_name", line.title());
                item.put("sale_price", Long.toString(line.unitPrice()));
                item.put("original_price", Long.toString(line.unitPrice()));
                item.put("currency", "IDR");
            }
        }
        return node;
    }
}
