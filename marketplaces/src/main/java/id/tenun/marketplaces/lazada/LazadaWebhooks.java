package id.tenun.marketplaces.lazada;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.SignedWebhooks;

/**
 * Lazada push: {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + raw body); message_type 0 is
 * a trade order status change; {@code timestamp} in milliseconds (seconds accepted).
 */
final class LazadaWebhooks extends SignedWebhooks {

    static final int TRADE_ORDER = 0;

    LazadaWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(settings, clock, json);
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return LazadaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
    }

    @Override
    public Optional<OrderNotification> parse(byte[] rawBody) {
        JsonNode body = json.readTree(rawBody);
        if (body.path("message_type").asInt(-1) != TRADE_ORDER) {
            return Optional.empty();
        }
        JsonNode data = body.path("data");
        String orderId = data.path("trade_order_id").asString("");
        String status = data.path("order_status").asString("");
        if (orderId.isEmpty()) {
            return Optional.empty();
        }
        long updated = data.path("status_update_time").asLong(0);
        Instant updatedAt = epochSecondsOrMillis(updated);
        String sellerId = body.path("seller_id").asString("");
        return LazadaStatuses.of(status)
                .map(tenun -> new OrderNotification(Channel.LAZADA, sellerId, orderId, status, tenun, updatedAt));
    }
}
