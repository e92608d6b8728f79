package id.tenun.marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * The three webhook verifiers and parsers, through the ports, with pushes signed here by plain javax.crypto as
 * MARKETPLACES.md describes.
 */
class WebhookVerifiersUnitTests {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static final String CALLBACK = "https://tenun.example/webhooks/shopee";

    static final Marketplaces MARKETPLACES = marketplaces();

    static Marketplaces marketplaces() {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        settings.put(Channel.TOKOPEDIA, settings("", new ShopCredentials("7495", "tts-key", "tts-secret", "t", "c")));
        settings.put(Channel.SHOPEE, settings(CALLBACK, new ShopCredentials("3001", "2001", "shopee-key", "t", "")));
        settings.put(Channel.LAZADA, settings("", new ShopCredentials("1000", "100001", "lazada-secret", "t", "")));
        return Marketplaces.create(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ChannelSettings settings(String callback, ShopCredentials shop) {
        return new ChannelSettings(URI.create("http://localhost:1"), null, null, 5, callback, Duration.ofMinutes(5),
                List.of(shop));
    }

    static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String tts(long timestamp) {
        return "{\"type\":1,\"shop_id\":\"7495\",\"timestamp\":" + timestamp
                + ",\"data\":{\"order_id\":\"576\",\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":" + timestamp
                + "}}";
    }

    static String shopee(long timestamp) {
        return "{\"shop_id\":3001,\"code\":3,\"timestamp\":" + timestamp
                + ",\"data\":{\"ordersn\":\"261128AB\",\"status\":\"READY_TO_SHIP\",\"update_time\":" + timestamp
                + "}}";
    }

    static String lazada(long timestampMillis) {
        return "{\"seller_id\":\"1000\",\"message_type\":0,\"data\":{\"order_status\":\"shipped\",\"trade_order_id\":\"620\","
                + "\"trade_order_line_id\":\"62001\",\"status_update_time\":" + timestampMillis / 1000
                + "},\"timestamp\":"
                + timestampMillis + ",\"site\":\"lazada_id\"}";
    }

    static WebhookVerdict verify(String channel, String signature, String body) {
        return MARKETPLACES.webhooks(channel).verify(Map.of("authorization", signature),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsPushesSignedAsEachMarketplaceSignsThem() throws Exception {
        long now = NOW.getEpochSecond();
        assertThat(verify("tokopedia", hmac("tts-secret", "tts-key" + tts(now)), tts(now)))
                .isEqualTo(WebhookVerdict.ACCEPTED);
        assertThat(verify("shopee", hmac("shopee-key", CALLBACK + "|" + shopee(now)), shopee(now)))
                .isEqualTo(WebhookVerdict.ACCEPTED);
        assertThat(verify("lazada", hmac("lazada-secret", "100001" + lazada(NOW.toEpochMilli())),
                lazada(NOW.toEpochMilli())))
                .isEqualTo(WebhookVerdict.ACCEPTED);
    }

    @Test
    void comparesTheSignatureAsHexWhateverItsCase() throws Exception {
        long now = NOW.getEpochSecond();
        String upper = hmac("tts-secret", "tts-key" + tts(now)).toUpperCase(Locale.ROOT);
        assertThat(verify("tokopedia", upper, tts(now))).isEqualTo(WebhookVerdict.ACCEPTED);
    }

    @Test
    void rejectsWebhookWithStaleTimestamp() throws Exception {
        long old = NOW.minus(Duration.ofHours(1)).getEpochSecond();
        long oldMillis = NOW.minus(Duration.ofHours(1)).toEpochMilli();
        assertThat(verify("tokopedia", hmac("tts-secret", "tts-key" + tts(old)), tts(old)))
                .isEqualTo(WebhookVerdict.STALE_TIMESTAMP);
        assertThat(verify("shopee", hmac("shopee-key", CALLBACK + "|" + shopee(old)), shopee(old)))
                .isEqualTo(WebhookVerdict.STALE_TIMESTAMP);
        assertThat(verify("lazada", hmac("lazada-secret", "100001" + lazada(oldMillis)), lazada(oldMillis)))
                .isEqualTo(WebhookVerdict.STALE_TIMESTAMP);
    }

    @Test
    void rejectsASignedPushWithoutItsTimestamp() throws Exception {
        long now = NOW.getEpochSecond();
        String tts = tts(now).replace(",\"timestamp\":" + now, "");
        String shopee = shopee(now).replace(",\"timestamp\":" + now, ",\"timestamp\":\"soon\"");
        String lazada = lazada(NOW.toEpochMilli()).replace(",\"timestamp\":" + NOW.toEpochMilli(), "");
        assertThat(tts).doesNotContain("\"timestamp\"");
        assertThat(lazada).doesNotContain("\"timestamp\"");
        assertThat(verify("tokopedia", hmac("tts-secret", "tts-key" + tts), tts))
                .isEqualTo(WebhookVerdict.MISSING_TIMESTAMP);
        assertThat(verify("shopee", hmac("shopee-key", CALLBACK + "|" + shopee), shopee))
                .isEqualTo(WebhookVerdict.MISSING_TIMESTAMP);
        assertThat(verify("lazada", hmac("lazada-secret", "100001" + lazada), lazada))
                .isEqualTo(WebhookVerdict.MISSING_TIMESTAMP);
    }

    @Test
    void rejectsASignatureOverAnotherCallbackUrlOrBody() throws Exception {
        long now = NOW.getEpochSecond();
        assertThat(verify("shopee", hmac("shopee-key", CALLBACK + "/|" + shopee(now)), shopee(now)))
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        assertThat(verify("shopee", hmac("shopee-key", shopee(now)), shopee(now)))
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        assertThat(verify("tokopedia", hmac("tts-secret", tts(now)), tts(now)))
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        assertThat(verify("tokopedia", hmac("tts-secret", "tts-key" + tts(now)), tts(now) + " "))
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
    }

    @Test
    void rejectsMissingEmptyAndMalformedSignatures() {
        String body = tts(NOW.getEpochSecond());
        WebhookVerdict missing = MARKETPLACES.webhooks("tokopedia").verify(Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(missing).isEqualTo(WebhookVerdict.MISSING_SIGNATURE);
        assertThat(verify("tokopedia", " ", body)).isEqualTo(WebhookVerdict.MISSING_SIGNATURE);
        assertThat(verify("lazada", "not-hex", body)).isEqualTo(WebhookVerdict.MALFORMED_SIGNATURE);
        assertThat(verify("shopee", "ab".repeat(31), body)).isEqualTo(WebhookVerdict.MALFORMED_SIGNATURE);
    }

    @Test
    void parsesPushesIntoNormalizedOrderNotifications() {
        long now = NOW.getEpochSecond();
        assertThat(MARKETPLACES.webhooks("tokopedia").parse(tts(now).getBytes(StandardCharsets.UTF_8)))
                .contains(new OrderNotification(Channel.TOKOPEDIA, "7495", "576", "AWAITING_SHIPMENT",
                        TenunOrderStatus.PAID, NOW));
        assertThat(MARKETPLACES.webhooks("shopee").parse(shopee(now).getBytes(StandardCharsets.UTF_8)))
                .contains(new OrderNotification(Channel.SHOPEE, "3001", "261128AB", "READY_TO_SHIP",
                        TenunOrderStatus.PAID, NOW));
        assertThat(MARKETPLACES.webhooks("lazada").parse(lazada(NOW.toEpochMilli()).getBytes(StandardCharsets.UTF_8)))
                .contains(
                        new OrderNotification(Channel.LAZADA, "1000", "620", "shipped", TenunOrderStatus.SHIPPED, NOW));
    }

    @Test
    void parsesReverseOrdersAsRequestsTheirEndOrARefusalAndIgnoresProductPushes() {
        String product = "{\"type\":5,\"shop_id\":\"7495\",\"timestamp\":1,\"data\":{\"product_id\":\"9\",\"status\":\"FAILED\"}}";
        assertThat(reverse("tokopedia", ttsReverse("RETURN_OR_REFUND_REQUEST_PENDING"))).isEqualTo(
                TenunOrderStatus.RETURN_REQUESTED);
        assertThat(reverse("tokopedia", ttsReverse("CANCELLATION_REQUEST_PENDING"))).isEqualTo(
                TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(reverse("tokopedia", ttsReverse("RETURN_OR_REFUND_REQUEST_COMPLETE"))).isEqualTo(
                TenunOrderStatus.RETURNED);
        assertThat(reverse("tokopedia", ttsReverse("CANCELLATION_REQUEST_SUCCESS")))
                .isEqualTo(TenunOrderStatus.CANCELLED);
        // refused: no status of its own, the order's own (read next) counts
        assertThat(reverse("tokopedia", ttsReverse("REFUND_OR_RETURN_REQUEST_REJECT")))
                .isEqualTo(TenunOrderStatus.CREATED);
        assertThat(
                MARKETPLACES.webhooks("tokopedia").parse(ttsReverse("SOMETHING_NEW").getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MARKETPLACES.webhooks("tokopedia").parse(product.getBytes(StandardCharsets.UTF_8))).isEmpty();

        assertThat(reverse("lazada", lazadaReverse("CANCEL", "REQUEST_INITIATE"))).isEqualTo(
                TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(reverse("lazada", lazadaReverse("RETURN", "REQUEST_INITIATE"))).isEqualTo(
                TenunOrderStatus.RETURN_REQUESTED);
        assertThat(reverse("lazada", lazadaReverse("CANCEL", "REQUEST_REJECT"))).isEqualTo(TenunOrderStatus.CREATED);
        assertThat(reverse("lazada", lazadaReverse("RETURN", "REFUND_SUCCESS"))).isEqualTo(TenunOrderStatus.RETURNED);

        assertThat(reverse("shopee", shopeeStatus("IN_CANCEL"))).isEqualTo(TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(reverse("shopee", shopeeStatus("TO_RETURN"))).isEqualTo(TenunOrderStatus.RETURN_REQUESTED);
        assertThat(reverse("shopee", shopeeStatus("CANCELLED"))).isEqualTo(TenunOrderStatus.CANCELLED);
    }

    /** The documented examples of TikTok Shop's cancellation (11) and return (12) status change pushes. */
    @Test
    void parsesTikTokShopsCancellationAndReturnStatusChangePushes() {
        String cancellation = "{\"type\":11,\"tts_notification_id\":\"7327112393057371910\","
                + "\"shop_id\":\"7494\",\"timestamp\":1644412885,\"data\":{\"order_id\":\"576486316948490001\","
                + "\"cancellations_role\":\"BUYER\",\"cancel_status\":\"CANCELLATION_REQUEST_PENDING\","
                + "\"cancel_id\":\"4035318504086604100\",\"create_time\":1627587600}}";
        assertThat(MARKETPLACES.webhooks("tokopedia").parse(cancellation.getBytes(StandardCharsets.UTF_8)))
                .contains(new OrderNotification(Channel.TOKOPEDIA, "7494", "576486316948490001",
                        "CANCELLATION_REQUEST_PENDING", TenunOrderStatus.CANCEL_REQUESTED,
                        Instant.ofEpochSecond(1644412885)));
        String returned = "{\"type\":12,\"shop_id\":\"7494\",\"timestamp\":1644412885,\"data\":{\"order_id\":"
                + "\"576\",\"return_role\":\"BUYER\",\"return_type\":\"REFUND\",\"return_status\":"
                + "\"REFUND_OR_RETURN_REQUEST_REJECT\",\"return_id\":\"576\",\"create_time\":1627587600,"
                + "\"update_time\":1644412880}}";
        assertThat(MARKETPLACES.webhooks("tokopedia").parse(returned.getBytes(StandardCharsets.UTF_8)))
                .contains(new OrderNotification(Channel.TOKOPEDIA, "7494", "576", "REFUND_OR_RETURN_REQUEST_REJECT",
                        TenunOrderStatus.CREATED, Instant.ofEpochSecond(1644412880)));
    }

    private static TenunOrderStatus reverse(String channel, String body) {
        return MARKETPLACES.webhooks(channel).parse(body.getBytes(StandardCharsets.UTF_8)).orElseThrow().status();
    }

    private static String ttsReverse(String reverseStatus) {
        return "{\"type\":2,\"shop_id\":\"7495\",\"timestamp\":1,\"data\":{\"order_id\":\"576\","
                + "\"reverse_order_status\":\"" + reverseStatus + "\",\"update_time\":1}}";
    }

    private static String lazadaReverse(String requestType, String reverseStatus) {
        return "{\"seller_id\":\"1000\",\"message_type\":10,\"timestamp\":1,\"data\":{\"trade_order_id\":\"620\","
                + "\"reverse_order_id\":\"9\",\"request_type\":\"" + requestType + "\",\"reverse_status\":\""
                + reverseStatus + "\",\"status_update_time\":1}}";
    }

    private static String shopeeStatus(String status) {
        return "{\"shop_id\":3001,\"code\":3,\"timestamp\":1,\"data\":{\"ordersn\":\"261128AB\",\"status\":\""
                + status + "\",\"update_time\":1}}";
    }
}
