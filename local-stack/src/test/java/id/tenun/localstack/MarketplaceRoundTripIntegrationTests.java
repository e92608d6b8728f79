package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole platform end to end, as the local stack runs it, on the sandbox's real signed webhooks: the demo group's
 * seeded products go live on the three marketplaces, a buyer orders on each, each order arrives once in the order
 * service with its group, village and regency, the catalog's stock drops, and listing sync pushes the new stock to
 * every marketplace. A group registered through the API while the stack runs connects shops of its own through the
 * sandbox's seller authorization and sells there alone, the demo's figures untouched. The sandbox's own buyers are
 * switched off, so only these tests order; each test leaves what the other looks at as it found it.
 */
class MarketplaceRoundTripIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final String SELLER = "kopi-wawowae";
    private static final String SHOP_NAME = "Kopi Wawowae";
    /** Wawowae, Bajawa, Ngada: the new group's village. */
    private static final String VILLAGE = "53.09.06.2003";

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

    @Test
    void aGroupRegisteredThroughTheApiConnectsItsOwnShopsAndSellsThereAloneWithNoRestart() throws Exception {
        String demo = stack.showcaseGroup().orElseThrow();
        JsonNode demoProducts = client.showcaseProducts();
        client.awaitActiveOnEveryMarketplace(StackClient.skus(demoProducts), FLOW);
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                salesTotals(demo).path("orders").asLong()).isEqualTo(ordersOf(demo)));
        DemoFigures demoBefore = demoFigures(demo);

        // a new group and its products, through the catalog's API
        String group = registerGroup(client.get("catalog", "/api/groups/" + demo));
        JsonNode model = demoProducts.get(0);
        JsonNode products = StackClient.JSON.createArrayNode()
                .add(createProduct(group, model, "Kopi Arabika Wawowae Biji Sangrai"))
                .add(createProduct(group, model, "Kopi Arabika Wawowae Bubuk"));
        List<String> skus = StackClient.skus(products);

        // its own shop on each marketplace, authorized by its seller on the sandbox's pages
        Map<String, String> shops = new LinkedHashMap<>();
        for (String channel : DemoShowcase.CHANNELS) {
            shops.put(channel, connectOwnShop(group, channel));
        }

        // its products go live on its shops, and on no other group's
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String channel : DemoShowcase.CHANNELS) {
                Map<String, JsonNode> shown = client.sandboxListings(channel, shops.get(channel));
                assertThat(shown.keySet()).as(channel).containsExactlyInAnyOrderElementsOf(skus);
                skus.forEach(sku -> assertThat(shown.get(sku).path("state").asString()).as(channel + " " + sku)
                        .isEqualTo("ACTIVE"));
            }
        });
        String mollo = stack.authorizedGroup().orElseThrow();
        for (String channel : DemoShowcase.CHANNELS) {
            assertThat(client.sandboxListings(channel).keySet()).as("demo shop on " + channel)
                    .doesNotContainAnyElementsOf(skus);
            JsonNode molloShop = client.get("listing-sync", "/api/groups/" + mollo + "/connections/" + channel);
            assertThat(client.sandboxShops(channel)).as("shops on " + channel)
                    .containsKey(molloShop.path("shopId").asString());
            assertThat(client.sandboxListings(channel, molloShop.path("shopId").asString()).keySet())
                    .as("Mollo's shop on " + channel).doesNotContainAnyElementsOf(skus);
        }

        // a buyer on each of its shops: the catalog's stock drops and its other shops show what is left
        String sku = skus.get(0);
        String productId = productOf(products, sku);
        long stockBefore = catalogStock(productId, sku);
        long ordered = 0;
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < DemoShowcase.CHANNELS.size(); i++) {
            String channel = DemoShowcase.CHANNELS.get(i);
            int quantity = i + 1;
            HttpResponse<String> placed = client.placeOrder(channel, shops.get(channel), sku, quantity);
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            orderIds.add(channel + ":" + StackClient.JSON.readTree(placed.body()).path("orderId").asString());
            ordered += quantity;
            long left = stockBefore - ordered;
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(catalogStock(productId, sku)).isEqualTo(left));
            await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (String other : DemoShowcase.CHANNELS) {
                    assertThat(client.sandboxListings(other, shops.get(other)).get(sku).path("stock").asLong())
                            .as(other).isEqualTo(left);
                }
            });
        }

        // each order once, as the group's, with the amounts the sandbox holds
        Map<String, JsonNode> atTheSandbox = sandboxOrders(orderIds);
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode orders = client.get("orders", "/api/orders?groupId=" + group + "&size=200").path("items");
            List<String> seen = new ArrayList<>();
            orders.forEach(o -> seen.add(o.path("channel").asString() + ":" + o.path("externalOrderId").asString()));
            assertThat(seen).containsExactlyInAnyOrderElementsOf(orderIds);
            for (JsonNode order : orders) {
                JsonNode truth = atTheSandbox.get(order.path("channel").asString() + ":"
                        + order.path("externalOrderId").asString());
                assertThat(order.path("shopId").asString()).isEqualTo(shops.get(order.path("channel").asString()));
                assertThat(order.path("groupIds").valueStream().map(JsonNode::asString)).containsExactly(group);
                assertThat(amount(order, "grossRupiah")).as(order.toString()).isEqualTo(truth.path("total").asLong());
                assertThat(amount(order, "discountRupiah")).as(order.toString())
                        .isEqualTo(truth.path("sellerDiscount").asLong());
                assertThat(amount(order, "shippingRupiah")).as(order.toString())
                        .isEqualTo(truth.path("shipping").asLong());
                order.path("lines").forEach(line -> {
                    assertThat(line.path("sku").asString()).isEqualTo(sku);
                    assertThat(line.path("groupId").asString()).isEqualTo(group);
                    assertThat(line.path("villageCode").asString()).isEqualTo(VILLAGE);
                });
            }
        });

        // sales count it, and the demo's figures are as they were
        long gross = atTheSandbox.values().stream().mapToLong(o -> o.path("total").asLong()).sum();
        long units = ordered;
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode totals = salesTotals(group);
            assertThat(totals.path("orders").asLong()).isEqualTo(orderIds.size());
            assertThat(totals.path("units").asLong()).isEqualTo(units);
            assertThat(totals.path("grossRupiah").asLong()).isEqualTo(gross);
        });
        assertThat(demoFigures(demo)).isEqualTo(demoBefore);
    }

    /** What the demo group has: its orders, its sales and its listings on the demo shops (stock by SKU). */
    private record DemoFigures(long orders, JsonNode sales, Map<String, Map<String, Long>> listings) {
    }

    private static DemoFigures demoFigures(String group) throws Exception {
        Map<String, Map<String, Long>> listings = new TreeMap<>();
        for (String channel : DemoShowcase.CHANNELS) {
            Map<String, Long> stock = new TreeMap<>();
            client.sandboxListings(channel).forEach((sku, listing) -> stock.put(sku, listing.path("stock").asLong()));
            listings.put(channel, stock);
        }
        return new DemoFigures(ordersOf(group), salesTotals(group), listings);
    }

    private static long ordersOf(String group) throws Exception {
        return client.get("orders", "/api/orders?groupId=" + group + "&size=1").path("total").asLong();
    }

    private static JsonNode salesTotals(String group) throws Exception {
        return client.get("orders", "/api/sales?by=group&series=false&groupId=" + group).path("totals");
    }

    /** Registers a coffee farmers' group in Wawowae (Bajawa, Ngada), in the demo group's programme. */
    private static String registerGroup(JsonNode demo) throws Exception {
        ObjectNode body = StackClient.JSON.createObjectNode()
                .put("name", "Kelompok Tani Kopi Wawowae")
                .put("programme", demo.path("programme").asString())
                .put("kind", "COMMUNITY")
                .put("villageCode", VILLAGE)
                .put("contactName", "Ibu Maria Dhiu")
                .put("contactPhone", "081339012345");
        HttpResponse<String> registered = client.send("catalog", "/api/groups", "POST", body.toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return StackClient.JSON.readTree(registered.body()).path("id").asString();
    }

    /** A product of the group like {@code model} (its category, certifications and the sandbox's photos). */
    private static JsonNode createProduct(String group, JsonNode model, String name) throws Exception {
        ObjectNode body = StackClient.JSON.createObjectNode().put("groupId", group).put("name", name);
        for (String field : List.of("description", "categoryCode", "channels", "processed", "rawMaterial",
                "weightGrams", "dimensions", "imageUrls", "minimumOrder", "condition", "certifications")) {
            body.set(field, model.path(field));
        }
        model.path("imageUrls").forEach(url -> assertThat(url.asString())
                .startsWith(stack.urls().get("sandbox") + "/sandbox/images/"));
        model.path("variants").forEach(variant -> body.withArray("variants").addObject()
                .put("priceRupiah", variant.path("priceRupiah").asLong())
                .put("stock", 30)
                .set("attributes", variant.path("attributes")));
        HttpResponse<String> created = client.send("catalog", "/api/products", "POST", body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode product = StackClient.JSON.readTree(created.body());
        assertThat(product.path("publishable").asBoolean()).as(product.toString()).isTrue();
        return product;
    }

    /**
     * Connects the group's own shop on a channel as its seller would: staff start the authorization in listing sync,
     * the seller opens a new shop and grants on the sandbox's page, and their browser follows the redirect to listing
     * sync's callback. Answers the new shop's id.
     */
    private static String connectOwnShop(String group, String channel) throws Exception {
        String connection = "/api/groups/" + group + "/connections/" + channel;
        HttpResponse<String> started = client.send("listing-sync", connection + "/authorization", "POST", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String page = StackClient.JSON.readTree(started.body()).path("authorizationUrl").asString();
        assertThat(page).startsWith(stack.urls().get("sandbox"));

        HttpResponse<String> granted = client.asBrowser(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("seller=" + SELLER + "&new_shop="
                        + URLEncoder.encode(SHOP_NAME, StandardCharsets.UTF_8) + "&decision=grant")));
        assertThat(granted.statusCode()).as(channel + ": " + granted.body()).isEqualTo(303);
        URI back = URI.create(granted.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(stack.urls().get("console") + "/toko/callback/" + channel);

        // the console's page hands the grant to listing sync (MemberConsoleIntegrationTests goes through the page)
        HttpResponse<String> connected = client.asBrowser(HttpRequest.newBuilder(URI.create(
                stack.urls().get("listing-sync") + "/shops/callback/" + channel + "?" + back.getRawQuery())).GET());
        assertThat(connected.statusCode()).as(channel + ": " + connected.body()).isEqualTo(200);
        JsonNode answer = StackClient.JSON.readTree(connected.body());
        assertThat(answer.path("groupId").asString()).isEqualTo(group);
        String shopId = answer.path("shopId").asString();

        assertThat(client.get("listing-sync", connection).path("shopId").asString()).isEqualTo(shopId);
        JsonNode shop = client.sandboxShops(channel).get(shopId);
        assertThat(shop).as(channel + " shop " + shopId + " at the sandbox").isNotNull();
        assertThat(shop.path("seller").asString()).isEqualTo(SELLER);
        assertThat(shop.path("name").asString()).isEqualTo(SHOP_NAME);
        return shopId;
    }

    /** The sandbox's own record of each order ({@code channel:orderId}), with the amounts it reports. */
    private static Map<String, JsonNode> sandboxOrders(List<String> orderIds) throws Exception {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (String channel : DemoShowcase.CHANNELS) {
            client.get("sandbox", "/sandbox/orders?channel=" + channel).forEach(order -> {
                String id = channel + ":" + order.path("orderId").asString();
                if (orderIds.contains(id)) {
                    found.put(id, order);
                }
            });
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
        return found;
    }

    /** An amount of an order in the order service, which must be known. */
    private static long amount(JsonNode order, String field) {
        assertThat(order.path(field).isNumber()).as(field + " of " + order).isTrue();
        return order.path(field).longValue();
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
