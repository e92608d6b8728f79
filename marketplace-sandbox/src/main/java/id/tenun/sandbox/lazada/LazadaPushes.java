package id.tenun.sandbox.lazada;

import java.time.Clock;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.webhooks.SignedPushes;
import id.tenun.sandbox.webhooks.WebhookDispatcher;

/**
 * Lazada push, message_type 0 (trade order), one per order line, and 10 (reverse order: a cancellation or return
 * requested or refused): {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + body); retried 12
 * times every 30 minutes by default.
 */
@Component
class LazadaPushes extends SignedPushes {

    LazadaPushes(LazadaSandboxProperties properties, LazadaShops shops, WebhookDispatcher dispatcher, Clock clock) {
        super(shops, properties, properties.appSecret(), properties.appKey(), 620_000_000_000_000L, dispatcher,
                clock);
    }

    static String status(Stage stage) {
        return switch (stage) {
            case UNPAID -> "unpaid";
            case PAID -> "pending";
            case SHIPPED -> "shipped";
            case DELIVERED -> "delivered";
            case COMPLETED -> "confirmed";
            case CANCELLED -> "canceled";
            case RETURNED -> "returned";
            case CANCEL_REQUESTED, RETURN_REQUESTED -> throw new IllegalArgumentException(
                    "Lazada's order shows the stage before a pending request: " + stage);
        };
    }

    /** The id of an order's reverse order (its cancellation or return). */
    static String reverseOrderId(SandboxOrder order) {
        return "7" + order.getOrderId().substring(1);
    }

    @Override
    public void announce(SandboxOrder order) {
        if (order.getStage().requested() || order.isRefused()) {
            announceReverse(order);
            return;
        }
        int line = 0;
        for (SandboxOrder.Line ignored : order.getLines()) {
            ObjectNode body = Json.object();
            body.put("seller_id", order.getShopId());
            body.put("message_type", 0);
            ObjectNode data = body.putObject("data");
            data.put("order_status", status(order.getShownStage()));
            data.put("trade_order_id", order.getOrderId());
            data.put("trade_order_line_id", order.getOrderId() + String.format("%02d", ++line));
            data.put("status_update_time", order.getUpdatedAt().getEpochSecond());
            body.put("timestamp", now().toEpochMilli());
            body.put("site", "lazada_id");
            push(body);
        }
    }

    /**
     * A buyer's cancellation or return request, or the seller's refusal of it: message_type 10, a reverse order of the
     * whole order [B: the reverse push's fields]. Granted, the order itself says {@code canceled} or {@code returned}.
     */
    private void announceReverse(SandboxOrder order) {
        ObjectNode body = Json.object();
        body.put("seller_id", order.getShopId());
        body.put("message_type", 10);
        ObjectNode data = body.putObject("data");
        data.put("trade_order_id", order.getOrderId());
        data.put("reverse_order_id", reverseOrderId(order));
        data.put("request_type", order.getLastRequest() == Stage.CANCEL_REQUESTED ? "CANCEL" : "RETURN");
        data.put("reverse_status", order.isRefused() ? "REQUEST_REJECT" : "REQUEST_INITIATE");
        data.put("status_update_time", order.getUpdatedAt().getEpochSecond());
        body.put("timestamp", now().toEpochMilli());
        body.put("site", "lazada_id");
        push(body);
    }
}
