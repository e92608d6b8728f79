package id.tenun.marketplaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the three marketplaces' pushes share: a lowercase hex HMAC-SHA256 in {@code Authorization}, checked in
 * constant time over the raw bytes against every configured app before any JSON is bound, then the push's own
 * {@code timestamp} (seconds or milliseconds) held to the channel's replay window. A channel says only how its
 * signature is computed and how its payload reads.
 */
public abstract class SignedWebhooks implements MarketplaceWebhooks {

    private final Channel channel;

    protected final ChannelSettings settings;

    private final JsonMapper json;

    private final Clock clock;

    protected SignedWebhooks(Channel channel, ChannelSettings settings, Clock clock, JsonMapper json) {
        this.channel = channel;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    /** The signature that the marketplace computes for this body with these credentials. */
    protected abstract String expectedSignature(ShopCredentials credentials, byte[] rawBody);

    /** The order status change the verified push's body carries; empty for pushes about something else. */
    protected abstract Optional<OrderNotification> orderChange(JsonNode body);

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final Optional<OrderNotification> parse(byte[] rawBody) {
        return orderChange(json.readTree(rawBody));
    }

    /**
     * The change of one order to a status in Tenun's terms; empty without an order id or for a status Tenun does not
     * follow.
     */
    protected final Optional<OrderNotification> orderChange(String shopId, String orderId, String status,
            Optional<TenunOrderStatus> tenun, Instant updatedAt) {
        if (orderId.isEmpty()) {
            return Optional.empty();
        }
        return tenun.map(meaning -> new OrderNotification(channel, shopId, orderId, status, meaning, updatedAt));
    }

    /** A unix time in seconds, the push's own {@code timestamp} where the field is missing. */
    protected static Instant secondsOrTimestamp(JsonNode seconds, JsonNode body) {
        return Instant.ofEpochSecond(seconds.asLong(body.path("timestamp").asLong(0)));
    }

    @Override
    public final WebhookVerdict verify(Map<String, String> headers, byte[] rawBody) {
        String signature = WebhookHeaders.find(headers, "Authorization");
        if (signature == null || signature.isBlank()) {
            return WebhookVerdict.MISSING_SIGNATURE;
        }
        // hex compares case-insensitively: the marketplaces send lower case, a proxy or a library may not
        signature = signature.trim().toLowerCase(Locale.ROOT);
        if (!WebhookHeaders.isHexSha256(signature)) {
            return WebhookVerdict.MALFORMED_SIGNATURE;
        }
        boolean matches = false;
        for (ShopCredentials app : distinctApps().values()) {
            matches |= Hmac.constantTimeEquals(expectedSignature(app, rawBody), signature);
        }
        if (!matches) {
            return WebhookVerdict.WRONG_SIGNATURE;
        }
        try {
            JsonNode body = json.readTree(rawBody);
            // all three marketplaces put a timestamp in every push: one without it would skip the replay window
            if (!body.path("timestamp").canConvertToLong() || body.path("timestamp").asLong(0) <= 0) {
                return WebhookVerdict.MISSING_TIMESTAMP;
            }
            if (!fresh(epochSecondsOrMillis(body.path("timestamp").asLong(0)))) {
                return WebhookVerdict.STALE_TIMESTAMP;
            }
            return WebhookVerdict.ACCEPTED;
        } catch (JacksonException ex) {
            return WebhookVerdict.UNREADABLE_BODY;
        }
    }

    /** A unix time that some pushes give in seconds and others in milliseconds. */
    protected static Instant epochSecondsOrMillis(long value) {
        return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    private boolean fresh(Instant sent) {
        return Duration.between(sent, clock.instant()).abs().compareTo(settings.webhookTolerance()) <= 0;
    }

    /** Shops of one app share its secret: each app is tried once. */
    private Map<String, ShopCredentials> distinctApps() {
        Map<String, ShopCredentials> apps = new LinkedHashMap<>();
        settings.shops().forEach(shop -> apps.putIfAbsent(shop.appKey() + "\n" + shop.appSecret(), shop));
        return apps;
    }
}
