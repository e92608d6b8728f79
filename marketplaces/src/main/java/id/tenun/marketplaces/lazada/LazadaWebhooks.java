package id.tenun.marketplaces.lazada;

import java.time.Clock;
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
        super(Channel.LAZADA, settings, clock, json);
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return LazadaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
    }

    @Override
    protected Optional<OrderNotification> orderChange(JsonNode body) {
        if (body.path("message_type").asInt(-1) != TRADE_ORDER) {
            return Optional.empty();
        }
        JsonNode data = body.path("data");
        String status = data.path("order_status").asString("");
        return orderChange(body.path("seller_id").asString(""), data.path("trade_order_id").asString(""), status,
                LazadaStatuses.of(status), epochSecondsOrMillis(data.path("status_update_time").asLong(0)));
    }
}
