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
 * a trade order status change, 10 a reverse order (a cancellation or return, {@link LazadaReverseStatuses});
 * {@code timestamp} in milliseconds (seconds accepted).
 */
final class LazadaWebhooks extends SignedWebhooks {

    static final int TRADE_ORDER = 0;

    static final int REVERSE_ORDER = 10;

    LazadaWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(Channel.LAZADA, settings, clock, json);
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return LazadaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
    }

    @Override
    protected Optional<OrderNotification> orderChange(JsonNode body) {
        int type = body.path("message_type").asInt(-1);
        JsonNode data = body.path("data");
        String seller = body.path("seller_id").asString("");
        String orderId = data.path("trade_order_id").asString("");
        Instant updated = epochSecondsOrMillis(data.path("status_update_time").asLong(0));
        if (type == TRADE_ORDER) {
            String status = data.path("order_status").asString("");
            return orderChange(seller, orderId, status, LazadaStatuses.of(status), updated);
        }
        if (type == REVERSE_ORDER) {
            String status = data.path("reverse_status").asString("");
            return orderChange(seller, orderId, status,
                    LazadaReverseStatuses.of(data.path("request_type").asString(""), status), updated);
        }
        return Optional.empty();
    }
}
