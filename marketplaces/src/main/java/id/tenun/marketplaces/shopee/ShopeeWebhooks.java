package id.tenun.marketplaces.shopee;

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
 * Shopee push: {@code Authorization} = lowercase hex HMAC-SHA256(partner_key, callback URL as registered + "|" + raw
 * body); code 3 is an order status change; {@code timestamp} in seconds.
 */
final class ShopeeWebhooks extends SignedWebhooks {

    static final int ORDER_STATUS = 3;

    ShopeeWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(Channel.SHOPEE, settings, clock, json);
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return ShopeeSigner.webhookSignature(app.appSecret(), settings.webhookCallbackUrl(), rawBody);
    }

    @Override
    protected Optional<OrderNotification> orderChange(JsonNode body) {
        if (body.path("code").asInt(0) != ORDER_STATUS) {
            return Optional.empty();
        }
        JsonNode data = body.path("data");
        String status = data.path("status").asString("");
        return orderChange(body.path("shop_id").asString(""), data.path("ordersn").asString(""), status,
                ShopeeStatuses.of(status), secondsOrTimestamp(data.path("update_time"), body));
    }
}
