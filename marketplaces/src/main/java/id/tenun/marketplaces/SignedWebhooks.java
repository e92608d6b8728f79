package id.tenun.marketplaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

    protected final ChannelSettings settings;

    protected final JsonMapper json;

    private final Clock clock;

    protected SignedWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
    }

    /** The signature that the marketplace computes for this body with these credentials. */
    protected abstract String expectedSignature(ShopCredentials credentials, byte[] rawBody);

    @Override
    public final WebhookVerdict verify(Map<String, String> headers, byte[] rawBody) {
        String signature = WebhookHeaders.find(headers, "Authorization");
        if (signature == null || signature.isBlank()) {
            return WebhookVerdict.MISSING_SIGNATURE;
        }
        signature = signature.trim();
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
            if (body.has("timestamp") && !fresh(epochSecondsOrMillis(body.path("timestamp").asLong(0)))) {
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
