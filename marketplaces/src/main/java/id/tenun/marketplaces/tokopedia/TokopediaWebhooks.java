package id.tenun.marketplaces.tokopedia;

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
import id.tenun.marketplaces.TenunOrderStatus;
import id.tenun.marketplaces.WebhookHeaders;
import id.tenun.marketplaces.WebhookVerdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TikTok Shop webhooks: header {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + raw body);
 * type 1 order status, 2 reverse order (Tenun: returned); a {@code timestamp} in seconds.
 */
final class TokopediaWebhooks implements MarketplaceWebhooks {

    private final ChannelSettings settings;

    private final Clock clock;

    private final JsonMapper json;

    TokopediaWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.TOKOPEDIA;
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
        boolean matches = false;
        for (ShopCredentials app : apps().values()) {
            String expected = TokopediaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
            matches |= Hmac.constantTimeEquals(expected, signature.trim());
        }
        if (!matches) {
            return WebhookVerdict.WRONG_SIGNATURE;
        }
        try {
            JsonNode body = json.readTree(rawBody);
            if (body.has("timestamp") && !fresh(body.path("timestamp").asLong(0))) {
                return WebhookVerdict.STALE_TIMESTAMP;
            }
            return WebhookVerdict.ACCEPTED;
        }
        catch (JacksonException ex) {
            return WebhookVerdict.UNREADABLE_BODY;
        }
    }

    private boolean fresh(long timestamp) {
        Instant sent = timestamp > 100_000_000_000L ? Instant.ofEpochMilli(timestamp) : Instant.ofEpochSecond(timestamp);
        Duration age = Duration.between(sent, clock.instant()).abs();
        return age.compareTo(settings.webhookTolerance()) <= 0;
    }

    private Map<String, ShopCredentials> apps() {
        Map<String, ShopCredentials> apps = new LinkedHashMap<>();
        settings.shops().forEach(shop -> apps.putIfAbsent(shop.appKey() + "\n" + shop.appSecret(), shop));
        return apps;
    }

    @Override
    public Optional<OrderNotification> parse(byte[] rawBody) {
        JsonNode body = json.readTree(rawBody);
        int type = body.path("type").asInt(0);
        String shopId = body.path("shop_id").asString("");
        JsonNode data = body.path("data");
        String orderId = data.path("order_id").asString("");
        if (orderId.isEmpty()) {
            return Optional.empty();
        }
        Instant updated = Instant.ofEpochSecond(data.path("update_time").asLong(body.path("timestamp").asLong(0)));
        if (type == 1) {
            String status = data.path("order_status").asString("");
            return TokopediaStatuses.of(status)
                .map(tenun -> new OrderNotification(Channel.TOKOPEDIA, shopId, orderId, status, tenun, updated));
        }
        if (type == 2) {
            String status = data.path("reverse_order_status").asString("REVERSE_ORDER");
            return Optional.of(new OrderNotification(Channel.TOKOPEDIA, shopId, orderId, status,
                    TenunOrderStatus.RETURNED, updated));
        }
        return Optional.empty();
    }
}
