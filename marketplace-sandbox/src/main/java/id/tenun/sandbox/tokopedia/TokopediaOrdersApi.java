package id.tenun.sandbox.tokopedia;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
 * TikTok Shop order detail ({@code GET /order/202309/orders?ids=}), order search by update time, and the searches of
 * returns and cancellations by update time ({@code POST /return_refund/202309/returns/search},
 * {@code .../cancellations/search}): a returned order stays {@code COMPLETED} in the order API, which shows no
 * pending cancellation or return either; a cancellation and a return are records of their own, which keep a refused
 * request refused.
 */
@RestController
@RequestMapping(TokopediaGate.PREFIX)
class TokopediaOrdersApi {

    /** Order search: {@code page_size} required, 1 to 100. */
    static final TokopediaSearch.Rules ORDER_SEARCH = new TokopediaSearch.Rules(1, 100, null, 36009001);

    /** Search Returns: {@code page_size} 10 to 50, default 10; invalid parameters are {@code 25001001}. */
    static final TokopediaSearch.Rules RETURN_SEARCH = new TokopediaSearch.Rules(10, 50, 10, 25001001);

    /** Search Cancellations: {@code page_size} 1 to 50, default 10. */
    static final TokopediaSearch.Rules CANCELLATION_SEARCH = new TokopediaSearch.Rules(1, 50, 10, 25001001);

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
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        TokopediaSearch search = TokopediaSearch.of(request, body, ORDER_SEARCH);
        return search.answer("orders",
                orders.changedSince("tokopedia", shop.shopId(), search.from(), search.until()),
                TokopediaOrdersApi::render);
    }

    @PostMapping("/return_refund/202309/returns/search")
    ResponseEntity<String> returns(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return reverse(request, body, RETURN_SEARCH, "return_orders", false, TokopediaOrdersApi::renderReturn);
    }

    @PostMapping("/return_refund/202309/cancellations/search")
    ResponseEntity<String> cancellations(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return reverse(request, body, CANCELLATION_SEARCH, "cancellations", true,
                TokopediaOrdersApi::renderCancellation);
    }

    /** The shop's cancellations or returns changed in the body's time range, by the time they last changed. */
    private ResponseEntity<String> reverse(HttpServletRequest request, byte[] body, TokopediaSearch.Rules rules,
            String field, boolean cancellations, Function<SandboxOrder, ObjectNode> renderer) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        TokopediaSearch search = TokopediaSearch.of(request, body, rules);
        List<SandboxOrder> found = orders.reverseChangedSince("tokopedia", shop.shopId(), search.from(),
                search.until()).stream().filter(order -> order.getReverse().cancel() == cancellations).toList();
        return search.answer(field, found, renderer);
    }

    /** An order's return (one return of the whole order: pending, refused or complete). */
    static ObjectNode renderReturn(SandboxOrder order) {
        ObjectNode node = reverseOf(order, "return_id");
        node.put("return_type", "RETURN_AND_REFUND");
        node.put("return_status", switch (order.getReverse()) {
            case RETURN_REQUESTED -> "RETURN_OR_REFUND_REQUEST_PENDING";
            case RETURN_REFUSED -> "REFUND_OR_RETURN_REQUEST_REJECT";
            default -> "RETURN_OR_REFUND_REQUEST_COMPLETE";
        });
        return node;
    }

    /**
     * An order's cancellation: a buyer's request (pending, refused, or granted) or a cancellation without one. A
     * refused request reads {@code CANCELLATION_REQUEST_CANCELLED}, the documented word for a request closed without a
     * cancellation [B: that a seller's refusal shows this word].
     */
    static ObjectNode renderCancellation(SandboxOrder order) {
        ObjectNode node = reverseOf(order, "cancel_id");
        boolean requested = order.getLastRequest() == Stage.CANCEL_REQUESTED;
        node.put("cancel_type", requested ? "BUYER_CANCEL" : "CANCEL");
        node.put("role", requested ? "BUYER" : "SYSTEM");
        node.put("cancel_status", switch (order.getReverse()) {
            case CANCEL_REQUESTED -> "CANCELLATION_REQUEST_PENDING";
            case CANCEL_REFUSED -> "CANCELLATION_REQUEST_CANCELLED";
            default -> "CANCELLATION_REQUEST_COMPLETE";
        });
        ArrayNode items = node.putArray("cancel_line_items");
        int n = 0;
        for (SandboxOrder.Line line : order.getLines()) {
            for (int unit = 0; unit < line.quantity(); unit++) {
                ObjectNode item = items.addObject();
                item.put("cancel_line_item_id", TokopediaPushes.returnId(order) + "-" + (++n));
                item.put("order_line_item_id", order.getOrderId() + "-" + n);
                item.put("sku_id", line.skuId());
                item.put("seller_sku", line.sellerSku());
                item.put("product_name", line.title());
            }
        }
        return node;
    }

    /** What a return and a cancellation share: their id (the reverse order's), the order, and their times. */
    private static ObjectNode reverseOf(SandboxOrder order, String idField) {
        ObjectNode node = Json.object();
        node.put(idField, TokopediaPushes.returnId(order));
        node.put("order_id", order.getOrderId());
        node.put("create_time", order.getReverseChangedAt().getEpochSecond());
        node.put("update_time", order.getReverseChangedAt().getEpochSecond());
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
