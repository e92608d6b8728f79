package id.tenun.sandbox.lazada;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.ChannelOrders;
import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.Stage;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.Signatures;
import id.tenun.sandbox.webhooks.RetryPolicy;
import id.tenun.sandbox.webhooks.WebhookDispatcher;

/**
 * Lazada push, message_type 0 (trade order), one per order line: {@code Authorization} = lowercase hex
 * HMAC-SHA256(app_secret, app_key + body); retried 12 times every 30 minutes by default.
 */
@Component
class LazadaPushes implements ChannelOrders {

    private final LazadaSandboxProperties properties;

    private final LazadaShops shops;

    private final WebhookDispatcher dispatcher;

    private final Clock clock;

    private final AtomicLong orderIds = new AtomicLong(620_000_000_000_000L);

    LazadaPushes(LazadaSandboxProperties properties, LazadaShops shops, WebhookDispatcher dispatcher, Clock clock) {
        this.properties = properties;
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return "lazada";
    }

    @Override
    public List<String> shopIds() {
        return shops.all().stream().map(LazadaSandboxProperties.Shop::sellerId).toList();
    }

    @Override
    public String newOrderId() {
        return Long.toString(orderIds.incrementAndGet());
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
        };
    }

    @Override
    public void announce(SandboxOrder order) {
        int line = 0;
        for (SandboxOrder.Line ignored : order.getLines()) {
            ObjectNode body = Json.object();
            body.put("seller_id", order.getShopId());
            body.put("message_type", 0);
            ObjectNode data = body.putObject("data");
            data.put("order_status", status(order.getStage()));
            data.put("trade_order_id", order.getOrderId());
            data.put("trade_order_line_id", order.getOrderId() + String.format("%02d", ++line));
            data.put("status_update_time", order.getUpdatedAt().getEpochSecond());
            body.put("timestamp", clock.instant().toEpochMilli());
            body.put("site", "lazada_id");
            byte[] raw = Json.write(body).getBytes(StandardCharsets.UTF_8);
            String signature = Signatures.lowerHex(properties.appSecret(),
                    Signatures.join(properties.appKey().getBytes(StandardCharsets.UTF_8), raw));
            dispatcher.dispatch(channel(), properties.webhookUrl(), Map.of("Authorization", signature), raw,
                    new RetryPolicy(properties.webhookMaxAttempts(), properties.webhookRetryInterval()));
        }
    }
}
