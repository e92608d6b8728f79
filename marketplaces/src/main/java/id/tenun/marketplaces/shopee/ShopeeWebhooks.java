package id.tenun.marketplaces.shopee;

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
 * Shopee push: {@code Authorization} = lowercase hex HMAC-SHA256(partner_key, callback URL as registered + "|" + raw
 * body); code 3 is an order status change; {@code timestamp} in seconds.
 */
final class ShopeeWebhooks extends SignedWebhooks {

    static final int ORDER_STATUS = 3;

    ShopeeWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(settings, clock, json);
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return ShopeeSigner.webhookSignature(app.appSecret(), settings.webhookCallbackUrl(), rawBody);
    }

    @Override
    public Optional<OrderNotification> parse(byte[] rawBody) {
        JsonNode body = json.readTree(rawBody);
        if (body.path("code").asInt(0) != ORDER_STATUS) {
            return Optional.empty();
        }
        JsonNode data = body.path("data");
        String orderSn = data.path("ordersn").asString("");
        String status = data.path("status").asString("");
        String shopId = body.path("shop_id").asString("");
        Instant updated = Instant.ofEpochSecond(data.path("update_time").asLong(body.path("timestamp").asLong(0)));
        if (orderSn.isEmpty()) {
            return Optional.empty();
        }
        return ShopeeStatuses.of(status)
                .map(tenun -> new OrderNotification(Channel.SHOPEE, shopId, orderSn, status, tenun, updated));
    }
}
