package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import id.tenun.marketplaces.lazada.LazadaSigner;
import id.tenun.marketplaces.tokopedia.TokopediaSigner;

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

    /** A channel's demo shop and the leaf category its test listings are made in. */
    record Setup(String channel, String shop, String category, Map<String, String> attributes) {
    }

    static final Setup TOKOPEDIA = new Setup("tokopedia", TTS_SHOP, "600101", Map.of("100100", "biji kopi arabika"));

    static final Setup SHOPEE = new Setup("shopee", SHOPEE_SHOP, "100101", Map.of("100010", "biji kopi arabika"));

    static final Setup LAZADA = new Setup("lazada", LAZADA_SHOP, "10101", Map.of("composition", "biji kopi arabika"));

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

    ListingDraft listed(Marketplaces marketplaces, Setup setup) throws Exception {
        ListingDraft draft = coffee(setup.category(), setup.attributes());
        ListingResult created = marketplaces.listings(setup.channel()).create(credentials(setup.shop()), draft);
        String id = created instanceof ListingResult.PendingAudit pending
                ? pending.externalId()
                : ((ListingResult.Accepted) created).externalId();
        assertThat(settled(() -> marketplaces.listings(setup.channel()).status(credentials(setup.shop()), id)))
                .isEqualTo(new ListingResult.Accepted(id, true));
        return draft;
    }

    String placeOrder(Setup setup, String sellerSku, int quantity) throws Exception {
        Map<String, Object> command = new HashMap<>();
        command.put("channel", setup.channel());
        command.put("shopId", setup.shop());
        command.put("sellerSku", sellerSku);
        command.put("quantity", quantity);
        String orderId = sendJson("POST", "/sandbox/buyers/orders", JSON.writeValueAsString(command)).path("orderId")
                .asString("");
        assertThat(orderId).isNotEmpty();
        return orderId;
    }

    void move(Setup setup, String orderId, String... statuses) throws Exception {
        for (String status : statuses) {
            sendJson("POST", "/sandbox/orders/" + setup.channel() + "/" + orderId + "/status",
                    "{\"status\":\"" + status + "\"}");
        }
    }

    /** The sandbox's stock of the listing the order bought from. */
    int stock(Setup setup, String orderId) throws Exception {
        String itemId = getJson("/sandbox/orders?channel=" + setup.channel()).findParents("orderId")
                .stream()
                .filter(order -> order.path("orderId").asString().equals(orderId))
                .findFirst()
                .orElseThrow()
                .path("lines")
                .path(0)
                .path("itemId")
                .asString();
        return listing(setup.channel(), itemId).path("stock").asInt();
    }

    /** A call to the TikTok Shop sandbox signed with the demo shop's app, cipher and token. */
    HttpResponse<byte[]> tts(String path, Map<String, String> parameters, String body) throws Exception {
        Map<String, String> query = new TreeMap<>(parameters);
        query.put("app_key", "tenun-demo-tts");
        query.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        query.put("shop_cipher", "ROW_tenunDemoKupang");
        query.put("sign", TokopediaSigner.sign("tenun-demo-tts-secret", path, query,
                body.getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/tokopedia" + path + "?"
                + IndependentSigningIntegrationTests.query(query)))
                .header("x-tts-access-token", "tts-demo-access-token-kupang")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET to the Lazada sandbox signed with the demo seller's app and token. */
    HttpResponse<byte[]> lazada(String path, Map<String, String> parameters) throws Exception {
        Map<String, String> query = new TreeMap<>(parameters);
        query.put("app_key", "100001");
        query.put("access_token", "lazada-demo-access-token-kupang");
        query.put("timestamp", Long.toString(Instant.now().toEpochMilli()));
        query.put("sign_method", "sha256");
        query.put("sign", LazadaSigner.sign("tenun-demo-lazada-secret", path, query));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/lazada/rest" + path + "?"
                + IndependentSigningIntegrationTests.query(query))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
