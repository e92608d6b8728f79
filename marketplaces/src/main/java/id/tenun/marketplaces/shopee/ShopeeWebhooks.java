package id.tenun.marketplaces.shopee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.Hmac;
import id.tenun.marketplaces.MarketplaceWebhooks;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.WebhookHeaders;
import id.tenun.marketplaces.WebhookVerdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shopee push: {@code Authorization} = lowercase hex HMAC-SHA256(partner_key, callback URL as registered + "|" + raw
 * body); code 3 is an order status change; {@code timestamp} in seconds.
 */
final class ShopeeWebhooks implements MarketplaceWebhooks {

    static final int ORDER_STATUS = 3;

    private final ChannelSettings settings;

    private final Clock clock;

    private final JsonMapper json;

    ShopeeWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    @Override
    public WebhookVerdict verify(Map<String, String> headers, byte[] rawBody) {
        String signature = WebhookHeaders.find(headers, "Authorization");
        if (signature == null || signature.isBlank()) {
            return WebhookVerdict.MISSING_SIGNATURE;
        }
        if (!WebhookHeaders.isHexSha256(signature.trim())) {
            return WebhookVerdict.MALFORMED_SIGNATURE;
        }
        Map<String, ShopCredentials> partners = new LinkedHashMap<>();
        settings.shops().forEach(shop -> partners.putIfAbsent(shop.appKey() + "\n" + shop.appSecret(), shop));
        boolean matches = false;
        for (ShopCredentials partner : partners.values()) {
            String expected = ShopeeSigner.webhookSignature(partner.appSecret(), settings.webhookCallbackUrl(), rawBody);
            matches |= Hmac.constantTimeEquals(expected, signature.trim());
        }
        if (!matches) {
            return WebhookVerdict.WRONG_SIGNATURE;
        }
        try {
            JsonNode body = json.readTree(rawBody);
            if (body.has("timestamp")) {
                long timestamp = body.path("timestamp").asLong(0);
                Instant sent = timestamp > 100_000_000_000L ? Instant.ofEpochMilli(timestamp)
                        : Instant.ofEpochSecond(timestamp);
                if (Duration.between(sent, clock.instant()).abs().compareTo(settings.webhookTolerance()) > 0) {
                    return WebhookVerdict.STALE_TIMESTAMP;
                }
            }
            return WebhookVerdict.ACCEPTED;
        }
        catch (JacksonException ex) {
            return WebhookVerdict.UNREADABLE_BODY;
        }
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
