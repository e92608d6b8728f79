package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test's HTTP client of a running stack: the applications' APIs with the staff token, the showcase group's
 * products, the sandbox's shops (their listings, a buyer's order), and a seller's browser.
 */
final class StackClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalStack stack;

    StackClient(LocalStack stack) {
        this.stack = stack;
    }

    /** The showcase group's products, as the catalog lists them. */
    JsonNode showcaseProducts() throws Exception {
        String group = stack.showcaseGroup().orElseThrow();
        JsonNode products = get("catalog", "/api/products?groupId=" + group + "&size=200").path("items");
        assertThat(products).as("products of " + group).isNotEmpty();
        return products;
    }

    /** The seller SKUs of every variant of {@code products}. */
    static List<String> skus(JsonNode products) {
        List<String> skus = new ArrayList<>();
        products.forEach(product -> product.path("variants").forEach(v -> skus.add(v.path("sku").asString())));
        return skus;
    }

    /** Waits until every one of {@code skus} is an ACTIVE listing of the demo shop on every marketplace. */
    void awaitActiveOnEveryMarketplace(List<String> skus, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String channel : DemoShowcase.CHANNELS) {
                Map<String, JsonNode> shown = sandboxListings(channel);
                assertThat(shown.keySet()).as(channel).containsAll(skus);
                skus.forEach(sku -> assertThat(shown.get(sku).path("state").asString()).as(channel + " " + sku)
                        .isEqualTo("ACTIVE"));
            }
        });
    }

    /** The sandbox's listings of the demo shop on a channel, by seller SKU. */
    Map<String, JsonNode> sandboxListings(String channel) throws Exception {
        return sandboxListings(channel, shopOf(channel));
    }

    /** The sandbox's listings of a shop, by seller SKU. */
    Map<String, JsonNode> sandboxListings(String channel, String shopId) throws Exception {
        Map<String, JsonNode> bySku = new HashMap<>();
        get("sandbox", "/sandbox/listings?channel=" + channel + "&shopId=" + shopId)
                .forEach(l -> bySku.put(l.path("sellerSku").asString(), l));
        return bySku;
    }

    /** The sandbox's shops on a channel (configured and opened by sellers), by shop id. */
    Map<String, JsonNode> sandboxShops(String channel) throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        get("sandbox", "/sandbox/shops?channel=" + channel).forEach(s -> byId.put(s.path("shopId").asString(), s));
        return byId;
    }

    /** A sandbox buyer orders one unit of {@code sku} from the demo shop on {@code channel}. */
    HttpResponse<String> placeOrder(String channel, String sku) throws Exception {
        return placeOrder(channel, shopOf(channel), sku, 1);
    }

    /** A sandbox buyer orders {@code quantity} units of {@code sku} from a shop. */
    HttpResponse<String> placeOrder(String channel, String shopId, String sku, int quantity) throws Exception {
        return send("sandbox", "/sandbox/buyers/orders", "POST", "{\"channel\":\"" + channel + "\",\"shopId\":\""
                + shopId + "\",\"sellerSku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
    }

    /** A call as a seller's browser makes it: no token, redirects not followed. */
    HttpResponse<String> asBrowser(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String shopOf(String channel) {
        return DemoShowcase.connection(channel, stack.environment("sandbox")).path("shopId").asString();
    }

    JsonNode get(String app, String path) throws Exception {
        HttpResponse<String> reply = send(app, path, "GET", null);
        assertThat(reply.statusCode()).as(app + path + ": " + reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    HttpResponse<String> send(String app, String path, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.urls().get(app) + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + stack.keys().staffToken())
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
