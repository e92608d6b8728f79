package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform end to end, as the local stack runs it, on the sandbox's real signed webhooks: the demo group's
 * seeded products go live on the three marketplaces, a buyer orders on each, each order arrives once in the order
 * service with its group, village and regency, the catalog's stock drops, and listing sync pushes the new stock to
 * every marketplace. The sandbox's own buyers are switched off, so only this test orders.
 */
class MarketplaceRoundTripIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    @BeforeAll
    static void startTheStack() {
        stack = StackUnderTest.start(dataDir,
                List.of("--sandbox.buyers.order-interval=0s", "--sandbox.buyers.step-interval=0s",
                        "--sandbox.tokopedia.audit-delay=1s", "--sandbox.lazada.qc-delay=1s"));
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anOrderOnEachMarketplaceReachesTheOrdersTheCatalogStockAndEveryOtherMarketplace() throws Exception {
        String group = stack.showcaseGroup().orElseThrow();
        JsonNode products = get("catalog", "/api/products?groupId=" + group + "&size=200").path("items");
        assertThat(products).as("products of " + group).isNotEmpty();
        List<String> liveSkus = new ArrayList<>();
        for (JsonNode product : products) {
            assertThat(product.path("publishable").asBoolean()).as(product.toString()).isTrue();
            product.path("variants").forEach(v -> liveSkus.add(v.path("sku").asString()));
        }

        // every SKU of the group goes live on the three marketplaces
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String channel : DemoShowcase.CHANNELS) {
                Map<String, JsonNode> shown = sandboxListings(channel);
                assertThat(shown.keySet()).as(channel).containsAll(liveSkus);
                liveSkus.forEach(sku -> assertThat(shown.get(sku).path("state").asString()).as(channel + " " + sku)
                        .isEqualTo("ACTIVE"));
            }
        });

        String sku = liveSkus.get(0);
        String productId = productOf(products, sku);
        long stockBefore = catalogStock(productId, sku);
        JsonNode village = get("catalog", "/api/groups/" + group);

        List<String> orderIds = new ArrayList<>();
        for (String channel : DemoShowcase.CHANNELS) {
            HttpResponse<String> placed = send("sandbox", "/sandbox/buyers/orders", "POST",
                    "{\"channel\":\"" + channel + "\",\"shopId\":\"" + shopOf(channel) + "\",\"sellerSku\":\"" + sku
                            + "\",\"quantity\":1}");
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            orderIds.add(channel + ":" + JSON.readTree(placed.body()).path("orderId").asString());
        }

        // each order once, with the group, village and regency the catalog knows
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode orders = get("orders", "/api/orders?groupId=" + group + "&size=200").path("items");
            List<String> seen = new ArrayList<>();
            orders.forEach(o -> seen.add(o.path("channel").asString() + ":" + o.path("externalOrderId").asString()));
            assertThat(seen).containsExactlyInAnyOrderElementsOf(orderIds);
            orders.forEach(o -> o.path("lines").forEach(line -> {
                assertThat(line.path("sku").asString()).isEqualTo(sku);
                assertThat(line.path("skuKnown").asBoolean()).isTrue();
                assertThat(line.path("groupId").asString()).isEqualTo(group);
                assertThat(line.path("villageCode").asString()).isEqualTo(village.path("villageCode").asString());
                assertThat(line.path("regencyCode").asString()).isEqualTo(village.path("regencyCode").asString());
            }));
        });

        // the catalog reserves the three units, and listing sync shows what is left on every marketplace
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(catalogStock(productId, sku)).isEqualTo(stockBefore - 3));
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String channel : DemoShowcase.CHANNELS) {
                assertThat(sandboxListings(channel).get(sku).path("stock").asLong()).as(channel)
                        .isEqualTo(stockBefore - 3);
            }
        });
    }

    /** The sandbox's listings of the demo shop on a channel, by seller SKU. */
    private static Map<String, JsonNode> sandboxListings(String channel) throws Exception {
        Map<String, JsonNode> bySku = new HashMap<>();
        get("sandbox", "/sandbox/listings?channel=" + channel + "&shopId=" + shopOf(channel))
                .forEach(l -> bySku.put(l.path("sellerSku").asString(), l));
        return bySku;
    }

    private static String shopOf(String channel) {
        return DemoShowcase.connection(channel, stack.environment("sandbox")).path("shopId").asString();
    }

    private static String productOf(JsonNode products, String sku) {
        for (JsonNode product : products) {
            for (JsonNode variant : product.path("variants")) {
                if (variant.path("sku").asString().equals(sku)) {
                    return product.path("id").asString();
                }
            }
        }
        throw new AssertionError("no product with SKU " + sku);
    }

    private static long catalogStock(String productId, String sku) throws Exception {
        for (JsonNode variant : get("catalog", "/api/products/" + productId).path("variants")) {
            if (variant.path("sku").asString().equals(sku)) {
                return variant.path("stock").asLong();
            }
        }
        throw new AssertionError("no SKU " + sku + " in " + productId);
    }

    private static JsonNode get(String app, String path) throws Exception {
        HttpResponse<String> reply = send(app, path, "GET", null);
        assertThat(reply.statusCode()).as(app + path + ": " + reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static HttpResponse<String> send(String app, String path, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.urls().get(app) + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + stack.keys().staffToken())
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
