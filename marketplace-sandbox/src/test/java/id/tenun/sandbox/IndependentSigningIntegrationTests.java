package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.lazada.LazadaSigner;
import id.tenun.marketplaces.shopee.ShopeeSigner;
import id.tenun.marketplaces.tokopedia.TokopediaSigner;

/**
 * Requests signed by a few lines of plain javax.crypto written from MARKETPLACES.md (not the adapters' signers): the
 * sandbox accepts them, refuses them when tampered or stale, and the adapters' signers produce the same signatures.
 */
class IndependentSigningIntegrationTests extends ContractTestSupport {

    static String hmac(String secret, byte[] message, boolean upper) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HexFormat hex = upper ? HexFormat.of().withUpperCase() : HexFormat.of();
        return hex.formatHex(mac.doFinal(message));
    }

    static String query(Map<String, String> parameters) {
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((key, value) -> joiner.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joiner.toString();
    }

    // --- TikTok Shop / Tokopedia: secret + path + sorted {key}{value} + body + secret, lowercase hex

    String ttsSign(String path, Map<String, String> query, String body) throws Exception {
        StringBuilder text = new StringBuilder("tenun-demo-tts-secret").append(path);
        new TreeMap<>(query).forEach((key, value) -> text.append(key).append(value));
        text.append(body).append("tenun-demo-tts-secret");
        return hmac("tenun-demo-tts-secret", text.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    JsonNode ttsSearch(long timestamp, String signedBody, String sentBody) throws Exception {
        String path = "/order/202309/orders/search";
        Map<String, String> query = new TreeMap<>(Map.of("app_key", "tenun-demo-tts", "timestamp",
                Long.toString(timestamp), "shop_cipher", "ROW_tenunDemoKupang", "page_size", "10"));
        String sign = ttsSign(path, query, signedBody);
        assertThat(TokopediaSigner.sign("tenun-demo-tts-secret", path, query,
                signedBody.getBytes(StandardCharsets.UTF_8))).isEqualTo(sign);
        query.put("sign", sign);
        HttpResponse<byte[]> response = http.send(HttpRequest
                .newBuilder(URI.create(base() + "/tokopedia" + path + "?" + query(query)))
                .header("x-tts-access-token", "tts-demo-access-token-kupang")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(sentBody))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body());
    }

    @Test
    void tokopediaAcceptsARequestSignedFromTheSpecAndRefusesItTamperedOrStale() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "{\"update_time_ge\":0}";

        assertThat(ttsSearch(now, body, body).path("code").asLong()).isZero();
        assertThat(ttsSearch(now, body, "{\"update_time_ge\":1}").path("code").asLong()).isEqualTo(106001);
        assertThat(ttsSearch(now - 3600, body, body).path("code").asLong()).isEqualTo(106002);
    }

    // --- Shopee: partner_id + path + timestamp + access_token + shop_id, lowercase hex

    JsonNode shopeeOrderList(long timestamp, String signedShop) throws Exception {
        String path = "/api/v2/order/get_order_list";
        String base = "2001001" + path + timestamp + "shopee-demo-access-token-kupang" + signedShop;
        String sign = hmac("tenun-demo-shopee-partner-key", base.getBytes(StandardCharsets.UTF_8), false);
        assertThat(ShopeeSigner.sign("tenun-demo-shopee-partner-key", "2001001", path, timestamp,
                "shopee-demo-access-token-kupang", signedShop)).isEqualTo(sign);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("partner_id", "2001001");
        query.put("timestamp", Long.toString(timestamp));
        query.put("access_token", "shopee-demo-access-token-kupang");
        query.put("shop_id", SHOPEE_SHOP);
        query.put("sign", sign);
        query.put("time_range_field", "update_time");
        query.put("time_from", Long.toString(timestamp - 3600));
        query.put("time_to", Long.toString(timestamp + 1));
        query.put("page_size", "20");
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/shopee" + path + "?" + query(query))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body());
    }

    @Test
    void shopeeAcceptsARequestSignedFromTheSpecAndRefusesItTamperedOrStale() throws Exception {
        long now = Instant.now().getEpochSecond();

        assertThat(shopeeOrderList(now, SHOPEE_SHOP).path("error").asString()).isEmpty();
        assertThat(shopeeOrderList(now, SHOPEE_LIMITED_SHOP).path("error").asString()).isEqualTo("error_sign");
        JsonNode stale = shopeeOrderList(now - 3600, SHOPEE_SHOP);
        assertThat(stale.path("error").asString()).isEqualTo("error_param");
        assertThat(stale.path("message").asString()).isEqualTo("Timestamp is expired.");
    }

    // --- Lazada: path + sorted non-empty {key}{value}, UPPERCASE hex, millisecond timestamp

    JsonNode lazadaOrders(long timestampMillis, String sentAfter) throws Exception {
        return lazadaOrders(Long.toString(timestampMillis), "sha256", sentAfter);
    }

    /** {@code /orders/get} signed from the spec, with this timestamp and sign method (null: left out). */
    JsonNode lazadaOrders(String timestamp, String signMethod, String sentAfter) throws Exception {
        String path = "/orders/get";
        Map<String, String> parameters = new TreeMap<>(Map.of("app_key", "100001", "access_token",
                "lazada-demo-access-token-kupang", "timestamp", timestamp, "update_after",
                "2026-01-01T00:00:00+07:00"));
        if (signMethod != null) {
            parameters.put("sign_method", signMethod);
        }
        StringBuilder text = new StringBuilder(path);
        parameters.forEach((key, value) -> text.append(key).append(value));
        String sign = hmac("tenun-demo-lazada-secret", text.toString().getBytes(StandardCharsets.UTF_8), true);
        assertThat(LazadaSigner.sign("tenun-demo-lazada-secret", path, parameters)).isEqualTo(sign);
        parameters.put("sign", sign);
        parameters.put("update_after", sentAfter);
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/lazada/rest" + path + "?" + query(parameters))).GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body());
    }

    @Test
    void lazadaAcceptsARequestSignedFromTheSpecAndRefusesItTamperedOrStale() throws Exception {
        long now = Instant.now().toEpochMilli();

        assertThat(lazadaOrders(now, "2026-01-01T00:00:00+07:00").path("code").asString()).isEqualTo("0");
        assertThat(lazadaOrders(now, "2026-01-02T00:00:00+07:00").path("code").asString())
                .isEqualTo("IncompleteSignature");
        assertThat(lazadaOrders(now - 3 * 3600_000, "2026-01-01T00:00:00+07:00").path("code").asString())
                .isEqualTo("InvalidTimestamp");
    }

    /** As Lazada: {@code sign_method} is required, and the timestamp may be ISO 8601 with its offset. */
    @Test
    void lazadaRequiresTheSignMethodAndAcceptsAnIsoTimestamp() throws Exception {
        String after = "2026-01-01T00:00:00+07:00";
        String now = Long.toString(Instant.now().toEpochMilli());
        String iso = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS).toString();

        assertThat(lazadaOrders(now, null, after).path("code").asString()).isEqualTo("MissingParameter");
        assertThat(lazadaOrders(now, "md5", after).path("code").asString()).isEqualTo("InvalidParameter");
        assertThat(lazadaOrders(iso, "sha256", after).path("code").asString()).isEqualTo("0");
        String staleIso = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).truncatedTo(ChronoUnit.SECONDS)
                .toString();
        assertThat(lazadaOrders(staleIso, "sha256", after).path("code").asString()).isEqualTo("InvalidTimestamp");
    }

    // --- The pushes the sandbox sends, checked with the same plain code

    @Test
    void sandboxPushesCarryTheSignaturesTheSpecDescribes() throws Exception {
        Map<String, String> shops = Map.of("tokopedia", TTS_SHOP, "shopee", SHOPEE_SHOP, "lazada", LAZADA_SHOP);
        Map<String, String> categories = Map.of("tokopedia", "600401", "shopee", "100401", "lazada", "10401");
        for (String channel : shops.keySet()) {
            ListingDraft basket = coffee(categories.get(channel), Map.of())
                    .withCertifications(ListingDraft.Certifications.NONE);
            ListingResult created = marketplaces().listings(channel)
                    .create(credentials(shops.get(channel)), basket);
            String itemId = created instanceof ListingResult.PendingAudit pending
                    ? pending.externalId()
                    : ((ListingResult.Accepted) created).externalId();
            settled(() -> marketplaces().listings(channel).status(credentials(shops.get(channel)), itemId));
            String orderId = sendJson("POST", "/sandbox/buyers/orders",
                    "{\"channel\":\"" + channel + "\",\"sellerSku\":\"" + basket.sellerSku() + "\"}")
                    .path("orderId")
                    .asString();

            JsonNode delivery = null;
            for (JsonNode candidate : getJson("/sandbox/webhooks?channel=" + channel + "&limit=50")) {
                if (candidate.path("body").asString().contains("\"" + orderId + "\"")) {
                    delivery = candidate;
                }
            }
            assertThat(delivery).as("push for %s order %s", channel, orderId).isNotNull();
            byte[] body = delivery.path("body").asString().getBytes(StandardCharsets.UTF_8);
            String expected = switch (channel) {
                case "tokopedia" -> hmac("tenun-demo-tts-secret", concat("tenun-demo-tts", body), false);
                case "shopee" ->
                    hmac("tenun-demo-shopee-partner-key", concat(RECEIVER.url("shopee") + "|", body), false);
                default -> hmac("tenun-demo-lazada-secret", concat("100001", body), false);
            };
            assertThat(delivery.path("headers").path("Authorization").asString()).isEqualTo(expected);
        }
    }

    private static byte[] concat(String prefix, byte[] body) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
