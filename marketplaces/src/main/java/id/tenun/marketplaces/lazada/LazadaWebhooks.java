package id.tenun.marketplaces.lazada;

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
 * Lazada push: {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + raw body); message_type 0 is
 * a trade order status change; {@code timestamp} in milliseconds (seconds accepted).
 */
final class LazadaWebhooks implements MarketplaceWebhooks {

    static final int TRADE_ORDER = 0;

    private final ChannelSettings settings;

    private final Clock clock;

    private final JsonMapper json;

    LazadaWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
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
        Map<String, ShopCredentials> apps = new LinkedHashMap<>();
        settings.shops().forEach(shop -> apps.putIfAbsent(shop.appKey() + "\n" + shop.appSecret(), shop));
        boolean matches = false;
        for (ShopCredentials app : apps.values()) {
            String expected = LazadaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
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
        Instant updatedAt = updated > 100_000_000_000L ? Instant.ofEpochMilli(updated) : Instant.ofEpochSecond(updated);
        String sellerId = body.path("seller_id").asString("");
        return LazadaStatuses.of(status)
            .map(tenun -> new OrderNotification(Channel.LAZADA, sellerId, orderId, status, tenun, updatedAt));
    }
}
