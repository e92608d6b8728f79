package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform end to end, as the local stack runs it, on the sandbox's real signed webhooks: the demo group's
 * seeded products go live on the three marketplaces, a buyer orders on each, each order arrives once in the order
 * service with its group, village and regency, the catalog's stock drops, and listing sync pushes the new stock to
 * every marketplace. The sandbox's own buyers are switched off, so only this test orders.
 */
class MarketplaceRoundTripIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private static StackClient client;

    @BeforeAll
    static void startTheStack() {
        stack = StackUnderTest.start(dataDir, StackUnderTest.WITHOUT_SANDBOX_BUYERS);
        client = new StackClient(stack);
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
        JsonNode products = client.showcaseProducts();
        products.forEach(product -> assertThat(product.path("publishable").asBoolean()).as(product.toString())
                .isTrue());
        List<String> liveSkus = StackClient.skus(products);

        // every SKU of the group goes live on the three marketplaces
        client.awaitActiveOnEveryMarketplace(liveSkus, FLOW);

        String sku = liveSkus.get(0);
        String productId = productOf(products, sku);
        long stockBefore = catalogStock(productId, sku);
        JsonNode village = client.get("catalog", "/api/groups/" + group);

        List<String> orderIds = new ArrayList<>();
        for (String channel : DemoShowcase.CHANNELS) {
            HttpResponse<String> placed = client.placeOrder(channel, sku);
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            orderIds.add(channel + ":" + StackClient.JSON.readTree(placed.body()).path("orderId").asString());
        }

        // each order once, with the group, village and regency the catalog knows
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode orders = client.get("orders", "/api/orders?groupId=" + group + "&size=200").path("items");
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
                assertThat(client.sandboxListings(channel).get(sku).path("stock").asLong()).as(channel)
                        .isEqualTo(stockBefore - 3);
            }
        });
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
        for (JsonNode variant : client.get("catalog", "/api/products/" + productId).path("variants")) {
            if (variant.path("sku").asString().equals(sku)) {
                return variant.path("stock").asLong();
            }
        }
        throw new AssertionError("no SKU " + sku + " in " + productId);
    }
}
