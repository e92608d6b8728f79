package id.tenun.sandbox.lazada;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.Reverse;
import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.Paging;

/**
 * Lazada's reverse orders (a buyer's cancellation or return, a record of its own beside the trade order):
 * {@code GET|POST /reverse/getreverseordersforseller} with {@code page_no} and {@code page_size} (required),
 * {@code ReverseOrderLineModifiedTimeRangeStart}/{@code End} (unix milliseconds), answered under {@code result}, not
 * {@code data}, as the documentation shows. One reverse order per order, a line per unit bought;
 * {@code reverse_status} {@code REQUEST_INITIATE} while requested, {@code REQUEST_REJECT} once refused,
 * {@code CANCEL_SUCCESS} once cancelled, {@code REFUND_SUCCESS} once returned [B: the last one's word for a return];
 * amounts in cents, as documented [B: for rupiah].
 */
@RestController
@RequestMapping(LazadaGate.PREFIX)
class LazadaReverseOrdersApi {

    /** The largest page [B: undocumented; the default is 10]. */
    static final int MAX_PAGE_SIZE = 100;

    private final LazadaGate gate;

    private final SandboxOrders orders;

    LazadaReverseOrdersApi(LazadaGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @RequestMapping(path = "/reverse/getreverseordersforseller", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> list(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        Map<String, String> parameters = call.parameters();
        int pageNo = required(parameters, "page_no", Integer.MAX_VALUE);
        int pageSize = required(parameters, "page_size", MAX_PAGE_SIZE);
        Instant from = millis(parameters, "ReverseOrderLineModifiedTimeRangeStart").orElse(Instant.EPOCH);
        Instant until = millis(parameters, "ReverseOrderLineModifiedTimeRangeEnd").map(end -> end.plusMillis(1))
                .orElse(null);
        List<SandboxOrder> found = orders.reverseChangedSince("lazada", call.shop().sellerId(), from, until);
        ObjectNode result = Json.object();
        result.put("page_no", pageNo);
        result.put("page_size", pageSize);
        result.put("total", found.size());
        result.put("success", true);
        ArrayNode items = result.putArray("items");
        long offset = (long) (pageNo - 1) * pageSize;
        if (offset < found.size()) {
            Paging.page(found, (int) offset, pageSize).forEach(order -> items.add(render(order)));
        }
        ObjectNode body = Json.object();
        body.set("result", result);
        body.put("code", "0");
        body.put("request_id", Json.requestId());
        return Json.ok(body);
    }

    private static ObjectNode render(SandboxOrder order) {
        Reverse reverse = order.getReverse();
        ObjectNode node = Json.object();
        long reverseId = Long.parseLong(LazadaPushes.reverseOrderId(order));
        node.put("reverse_order_id", reverseId);
        node.put("trade_order_id", Long.parseLong(order.getOrderId()));
        node.put("request_type", reverse.cancel() ? "CANCEL" : "RETURN");
        node.put("is_rtm", !reverse.cancel());
        node.put("shipping_type", "DEFAULT");
        ArrayNode lines = node.putArray("reverse_order_lines");
        int n = 0;
        for (SandboxOrder.Line line : order.getLines()) {
            for (int unit = 0; unit < line.quantity(); unit++) {
                ObjectNode reverseLine = lines.addObject();
                n++;
                reverseLine.put("reverse_order_line_id", reverseId * 100 + n);
                reverseLine.put("trade_order_line_id", Long.parseLong(order.getOrderId()) * 100 + n);
                reverseLine.put("reverse_status", status(reverse));
                reverseLine.put("seller_sku_id", line.sellerSku());
                reverseLine.put("platform_sku_id", line.itemId() + "_ID-" + line.skuId());
                reverseLine.putObject("product").put("product_id", Long.parseLong(line.itemId()))
                        .put("product_sku", line.skuId());
                reverseLine.put("trade_order_gmt_create", order.getCreatedAt().toEpochMilli());
                reverseLine.put("return_order_line_gmt_create", order.getReverseChangedAt().toEpochMilli());
                reverseLine.put("return_order_line_gmt_modified", order.getReverseChangedAt().toEpochMilli());
                reverseLine.put("item_unit_price", line.unitPrice() * 100);
                reverseLine.put("refund_amount", reverse.refused() ? 0 : line.unitPrice() * 100);
                reverseLine.put("is_need_refund", !reverse.refused());
                reverseLine.put("is_dispute", false);
            }
        }
        return node;
    }

    static String status(Reverse reverse) {
        return switch (reverse) {
            case CANCEL_REQUESTED, RETURN_REQUESTED -> "REQUEST_INITIATE";
            case CANCEL_REFUSED, RETURN_REFUSED -> "REQUEST_REJECT";
            case CANCELLED -> "CANCEL_SUCCESS";
            case RETURNED -> "REFUND_SUCCESS";
        };
    }

    /** A whole number from 1 to {@code max} the call cannot do without. */
    private static int required(Map<String, String> parameters, String name, int max) {
        String value = parameters.getOrDefault(name, "");
        if (value.isEmpty()) {
            throw LazadaGate.error("MissingParameter", "ISV", "The input parameter \"" + name
                    + "\" that is mandatory for processing this request is not supplied");
        }
        return Paging.number(value, 1, max).orElseThrow(() -> LazadaGate.error("InvalidParameter", "ISV",
                "The specified parameter \"" + name + "\" is not valid: a whole number from 1 to " + max));
    }

    /** An optional time in unix milliseconds. */
    private static Optional<Instant> millis(Map<String, String> parameters, String name) {
        String value = parameters.getOrDefault(name, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,15}")) {
            throw LazadaGate.error("InvalidParameter", "ISV",
                    "The specified parameter \"" + name + "\" is not valid: a time in milliseconds");
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
    }
}
