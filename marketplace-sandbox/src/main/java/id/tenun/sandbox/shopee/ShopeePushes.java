package id.tenun.sandbox.shopee;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.webhooks.SignedPushes;
import id.tenun.sandbox.webhooks.WebhookDispatcher;

/**
 * Shopee push, code 3 (order status): {@code Authorization} = lowercase hex HMAC-SHA256(partner_key, callback URL +
 * "|" + body). A refused cancellation or return is the order's earlier status pushed again.
 */
@Component
class ShopeePushes extends SignedPushes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

    ShopeePushes(ShopeeSandboxProperties properties, ShopeeShops shops, WebhookDispatcher dispatcher, Clock clock) {
        super(shops, properties, properties.partnerKey(), properties.webhookUrl() + "|",
                36L * 36 * 36 * 36 * 36 * 36 * 36, dispatcher, clock);
    }

    @Override
    public String newOrderId() {
        return DAY.format(now()) + Long.toString(nextOrderNumber(), 36).toUpperCase();
    }

    static String status(Stage stage) {
        return switch (stage) {
            case UNPAID -> "UNPAID";
            case PAID -> "READY_TO_SHIP";
            case SHIPPED -> "SHIPPED";
            case DELIVERED -> "TO_CONFIRM_RECEIVE";
            case COMPLETED -> "COMPLETED";
            case CANCEL_REQUESTED -> "IN_CANCEL";
            case CANCELLED -> "CANCELLED";
            // the order stays TO_RETURN while its return is processed, and after: the return says refunded [B]
            case RETURN_REQUESTED, RETURNED -> "TO_RETURN";
        };
    }

    @Override
    public void announce(SandboxOrder order) {
        ObjectNode body = Json.object();
        body.put("shop_id", Long.parseLong(order.getShopId()));
        body.put("code", 3);
        body.put("timestamp", now().getEpochSecond());
        ObjectNode data = body.putObject("data");
        data.put("ordersn", order.getOrderId());
        data.put("status", status(order.getStage()));
        data.put("update_time", order.getUpdatedAt().getEpochSecond());
        push(body);
    }
}
