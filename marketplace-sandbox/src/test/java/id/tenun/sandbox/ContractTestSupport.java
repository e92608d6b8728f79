package id.tenun.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

/** Starts the sandbox on a random port and wires the real adapters to it over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("contract")
abstract class ContractTestSupport {

    static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TTS_SHOP = "7495000000000000001";

    static final String TTS_LIMITED_SHOP = "7495000000000000002";

    static final String SHOPEE_SHOP = "300100001";

    static final String SHOPEE_LIMITED_SHOP = "300100002";

    static final String LAZADA_SHOP = "1000100001";

    static final String LAZADA_LIMITED_SHOP = "1000100002";

    static final String TTS_SECRET = "tenun-demo-tts-secret";

    static final String SHOPEE_PARTNER_KEY = "tenun-demo-shopee-partner-key";

    static final String LAZADA_SECRET = "tenun-demo-lazada-secret";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void webhookTargets(DynamicPropertyRegistry registry) {
        registry.add("sandbox.tokopedia.webhook-url", () -> RECEIVER.url("tokopedia"));
        registry.add("sandbox.shopee.webhook-url", () -> RECEIVER.url("shopee"));
        registry.add("sandbox.lazada.webhook-url", () -> RECEIVER.url("lazada"));
    }

    /** Long enough for a loaded 2-core CI machine, shorter than the hang faults the timeout tests inject. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(4);

    @AfterEach
    void healTheMarketplaces() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/faults")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    String base() {
        return "http://localhost:" + port;
    }

    Marketplaces marketplaces() {
        return marketplaces(TTS_SECRET, SHOPEE_PARTNER_KEY, LAZADA_SECRET);
    }

    Marketplaces marketplaces(String ttsSecret, String shopeePartnerKey, String lazadaSecret) {
        Map<Channel, List<ShopCredentials>> shops = shops(ttsSecret, shopeePartnerKey, lazadaSecret);
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        settings.put(Channel.TOKOPEDIA, settings(base() + "/tokopedia", "", shops.get(Channel.TOKOPEDIA)));
        settings.put(Channel.SHOPEE, settings(base() + "/shopee", RECEIVER.url("shopee"), shops.get(Channel.SHOPEE)));
        settings.put(Channel.LAZADA, settings(base() + "/lazada/rest", "", shops.get(Channel.LAZADA)));
        return Marketplaces.create(settings, Clock.systemUTC());
    }

    static Map<Channel, List<ShopCredentials>> shops(String ttsSecret, String shopeePartnerKey, String lazadaSecret) {
        return Map.of(Channel.TOKOPEDIA,
                List.of(new ShopCredentials(TTS_SHOP, "tenun-demo-tts", ttsSecret, "tts-demo-access-token-kupang",
                        "ROW_tenunDemoKupang", Map.of("warehouse_id", "7495000000000000101")),
                        new ShopCredentials(TTS_LIMITED_SHOP, "tenun-demo-tts", ttsSecret, "tts-demo-access-token-ende",
                                "ROW_tenunDemoEnde", Map.of("warehouse_id", "7495000000000000102"))),
                Channel.SHOPEE,
                List.of(new ShopCredentials(SHOPEE_SHOP, "2001001", shopeePartnerKey, "shopee-demo-access-token-kupang",
                        "",
                        Map.of("logistic_id", "80014")),
                        new ShopCredentials(SHOPEE_LIMITED_SHOP, "2001001", shopeePartnerKey,
                                "shopee-demo-access-token-ende", "", Map.of("logistic_id", "80014"))),
                Channel.LAZADA,
                List.of(new ShopCredentials(LAZADA_SHOP, "100001", lazadaSecret, "lazada-demo-access-token-kupang", ""),
                        new ShopCredentials(LAZADA_LIMITED_SHOP, "100001", lazadaSecret,
                                "lazada-demo-access-token-ende",
                                "")));
    }

    /** A demo shop's credentials, with the secrets the sandbox knows. */
    static ShopCredentials credentials(String shopId) {
        return credentials(shopId, null);
    }

    /** A demo shop's credentials with another app secret (or the sandbox's, if null). */
    static ShopCredentials credentials(String shopId, String appSecret) {
        ShopCredentials shop = shops(TTS_SECRET, SHOPEE_PARTNER_KEY, LAZADA_SECRET).values()
                .stream()
                .flatMap(List::stream)
                .filter(candidate -> candidate.shopId().equals(shopId))
                .findFirst()
                .orElseThrow();
        return appSecret == null
                ? shop
                : new ShopCredentials(shop.shopId(), shop.appKey(), appSecret,
                        shop.accessToken(), shop.shopCipher(), shop.options());
    }

    static ChannelSettings settings(String url, String callback, List<ShopCredentials> shops) {
        return new ChannelSettings(URI.create(url), Duration.ofSeconds(2), REQUEST_TIMEOUT, 10, callback,
                Duration.ofMinutes(5), shops);
    }

    /** A coffee from a village group, with its certificates, in the channel's leaf category. */
    ListingDraft coffee(String categoryId, Map<String, String> attributes) {
        return new ListingDraft("TNN-" + UUID.randomUUID().toString().substring(0, 8), "Kopi Arabika Bajawa 250 g",
                "Kopi arabika dari Bajawa, Ngada.\nDipetik merah, dijemur di para-para.", categoryId, attributes,
                85_000,
                12, 250, new ListingDraft.Dimensions(15, 10, 5), List.of(base() + "/sandbox/images/kopi-bajawa.png"),
                new ListingDraft.Certifications("ID35110000123450124", "", "P-IRT 2065309010123-27"));
    }

    /** Reads a listing's status until it is no longer under review (bounded; the time is never asserted). */
    static ListingResult settled(Supplier<ListingResult> status) throws InterruptedException {
        ListingResult result = status.get();
        for (int i = 0; i < 100 && result instanceof ListingResult.PendingAudit; i++) {
            Thread.sleep(50);
            result = status.get();
        }
        return result;
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body());
    }

    JsonNode sendJson(String method, String path, String body) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    void faults(String channel, String json) throws Exception {
        sendJson("PUT", "/sandbox/faults/" + channel, json);
    }

    /** The sandbox's own view of one listing. */
    JsonNode listing(String channel, String itemId) throws Exception {
        for (JsonNode listing : getJson("/sandbox/listings?channel=" + channel)) {
            if (itemId.equals(listing.path("itemId").asString(""))) {
                return listing;
            }
        }
        throw new AssertionError("no listing " + itemId + " in the sandbox");
    }
}
