package id.tenun.events.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * A marketplace webhook was received and its signature verified: the request as received, for the processor to
 * parse.
 * <p>
 * The body is kept as bytes, exactly as received, and travels as standard base64 in the JSON property
 * {@code body}: a signature can be checked again, and a body that is not valid UTF-8 or not JSON survives
 * unchanged. Header names are lower case. Wire type {@value #TYPE}.
 *
 * @param channel the channel id, e.g. {@code shopee}
 * @param shopId the marketplace's shop id, as the payload or the path says
 * @param externalOrderId the marketplace's order id from the payload, or null when the webhook is not about an
 * order (e.g. a product status or a deauthorization)
 * @param receivedAt when Tenun received the request
 * @param headers the headers that matter (signature, timestamp, content type, the marketplace's event id),
 * names in lower case
 * @param body the request body, byte for byte
 */
@JsonTypeName(WebhookReceived.TYPE)
public record WebhookReceived(UUID eventId, Instant occurredAt, int schemaVersion, String channel, String shopId,
        String externalOrderId, Instant receivedAt, Map<String, String> headers, byte[] body) implements WebhookEvent {

    public static final String TYPE = "webhook.received";

    public static final int SCHEMA_VERSION = 1;

    public WebhookReceived {
        Checks.header("WebhookReceived", eventId, occurredAt, schemaVersion);
        Checks.channel(channel, "WebhookReceived.channel");
        Checks.keyPart(shopId, "WebhookReceived.shopId");
        Checks.blankToNull(externalOrderId, "WebhookReceived.externalOrderId");
        Checks.notNull(receivedAt, "WebhookReceived.receivedAt");
        headers = lowerCaseNames(Checks.map(headers, "WebhookReceived.headers"));
        body = Checks.notNull(body, "WebhookReceived.body").clone();
    }

    /** A webhook received now, with a new event id; it occurred when it was received. */
    public static WebhookReceived of(String channel, String shopId, String externalOrderId, Instant receivedAt,
            Map<String, String> headers, byte[] body) {
        return new WebhookReceived(UUID.randomUUID(), receivedAt, SCHEMA_VERSION, channel, shopId, externalOrderId,
                receivedAt, headers, body);
    }

    private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (lower.put(name.toLowerCase(Locale.ROOT), value) != null) {
                throw new IllegalArgumentException("WebhookReceived.headers has '" + name + "' more than once");
            }
        });
        return Map.copyOf(lower);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * {@code channel:shop:order}, so that all webhooks of one order land on one partition in order; a webhook that
     * is not about an order is keyed {@code channel:shop}.
     */
    @Override
    public String key() {
        return (externalOrderId != null) ? channel + ":" + shopId + ":" + externalOrderId : channel + ":" + shopId;
    }

    /** A copy of the body, byte for byte as received. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** A header by name, in any case, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body decoded as UTF-8, for logs and JSON parsing; signatures are checked over {@link #body()}. */
    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebhookReceived that && eventId.equals(that.eventId)
                && occurredAt.equals(that.occurredAt) && schemaVersion == that.schemaVersion
                && channel.equals(that.channel) && shopId.equals(that.shopId)
                && Objects.equals(externalOrderId, that.externalOrderId) && receivedAt.equals(that.receivedAt)
                && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, occurredAt, schemaVersion, channel, shopId, externalOrderId, receivedAt, headers,
                Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "WebhookReceived[eventId=" + eventId + ", occurredAt=" + occurredAt + ", schemaVersion="
                + schemaVersion + ", channel=" + channel + ", shopId=" + shopId + ", externalOrderId="
                + externalOrderId + ", receivedAt=" + receivedAt + ", headers=" + headers.keySet() + ", body="
                + body.length + " bytes]";
    }

}
