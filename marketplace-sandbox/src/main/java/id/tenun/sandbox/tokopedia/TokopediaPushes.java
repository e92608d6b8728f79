package id.tenun.sandbox.tokopedia;

import java.time.Clock;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.webhooks.SignedPushes;
import id.tenun.sandbox.webhooks.WebhookDispatcher;

/**
 * TikTok Shop pushes: type 1 order status, type 2 reverse order (a cancellation or return: requested, refused,
 * returned), type 5 product audit result; signed with
 * {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + body).
 */
@Component
class TokopediaPushes extends SignedPushes {

    TokopediaPushes(TokopediaSandboxProperties properties, TokopediaShops shops, WebhookDispatcher dispatcher,
            Clock clock) {
        super(shops, properties, properties.appSecret(), properties.appKey(), 576_461_000_000_000_000L,
                dispatcher, clock);
    }

    static String status(Stage stage) {
        return switch (stage) {
            case UNPAID -> "UNPAID";
            case PAID -> "AWAITING_SHIPMENT";
            case SHIPPED -> "IN_TRANSIT";
            case DELIVERED -> "DELIVERED";
            case COMPLETED, RETURNED -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
            case CANCEL_REQUESTED, RETURN_REQUESTED -> throw new IllegalArgumentException(
                    "TikTok Shop's order shows the stage before a pending request: " + stage);
        };
    }

    /**
     * The reverse order's status [B: the 202309 words]: pending while requested, complete once returned, rejected once
     * refused; null if the order has none to push now.
     */
    static String reverseStatus(SandboxOrder order) {
        boolean cancel = order.getLastRequest() == Stage.CANCEL_REQUESTED;
        if (order.isRefused()) {
            return cancel ? "CANCELLATION_REQUEST_REJECT" : "REFUND_OR_RETURN_REQUEST_REJECT";
        }
        return switch (order.getStage()) {
            case CANCEL_REQUESTED -> "CANCELLATION_REQUEST_PENDING";
            case RETURN_REQUESTED -> "RETURN_OR_REFUND_REQUEST_PENDING";
            case RETURNED -> "RETURN_OR_REFUND_REQUEST_COMPLETE";
            default -> null;
        };
    }

    /** The id of an order's reverse order (its cancellation or return). */
    static String returnId(SandboxOrder order) {
        return "4" + order.getOrderId().substring(1);
    }

    @Override
    public void announce(SandboxOrder order) {
        ObjectNode data = Json.object();
        data.put("order_id", order.getOrderId());
        int type;
        String reverse = reverseStatus(order);
        if (reverse != null) {
            type = 2;
            data.put("reverse_order_id", returnId(order));
            data.put("reverse_order_status", reverse);
            data.put("reverse_type", order.getLastRequest() == Stage.CANCEL_REQUESTED ? 1 : 3);
        } else {
            type = 1;
            data.put("order_status", status(order.getShownStage()));
            data.put("is_on_hold_order", false);
        }
        data.put("update_time", order.getUpdatedAt().getEpochSecond());
        push(type, order.getShopId(), data);
    }

    void productAudited(SandboxListing listing) {
        ObjectNode data = Json.object();
        data.put("product_id", listing.getItemId());
        data.put("status", TokopediaProductsApi.status(listing));
        data.put("update_time", listing.getUpdatedAt().getEpochSecond());
        push(5, listing.getShopId(), data);
    }

    private void push(int type, String shopId, ObjectNode data) {
        ObjectNode body = Json.object();
        body.put("type", type);
        body.put("tts_notification_id", Long.toString(lastOrderNumber()) + type + System.nanoTime() % 1000);
        body.put("shop_id", shopId);
        body.put("timestamp", now().getEpochSecond());
        body.set("data", data);
        push(body);
    }
}
