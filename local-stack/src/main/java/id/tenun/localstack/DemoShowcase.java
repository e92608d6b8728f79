package id.tenun.localstack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.env.Environment;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's storefront: one seeded group, the Bajawa coffee BUMDes, has the sandbox's demo shop connected on each
 * marketplace, so that its products flow from the catalog through listing sync to the sandbox, the sandbox's buyers
 * order them, and the orders come back through signed webhooks to the order service and the catalog's stock.
 * Everything goes through the services' own APIs with the staff token; the shop credentials are the sandbox's own
 * demo values, read from its configuration. A channel already connected is left as it is, so a restart changes
 * nothing.
 */
final class DemoShowcase {

    static final String GROUP_NAME = "BUMDes Kopi Arabika Flores Bajawa";
    static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    private final StaffClient client;
    private final String catalogUrl;
    private final String listingUrl;

    DemoShowcase(StaffClient client, String catalogUrl, String listingUrl) {
        this.client = client;
        this.catalogUrl = catalogUrl;
        this.listingUrl = listingUrl;
    }

    /** What the showcase is: the group (empty if the catalog has no such group) and its channels, newly or before. */
    record Showcase(Optional<String> groupId, List<String> connected, List<String> alreadyConnected) {

        static final Showcase NONE = new Showcase(Optional.empty(), List.of(), List.of());
    }

    /**
     * Connects the showcase group's shops that are not connected yet, waiting up to {@code timeout} for the catalog
     * to have the group (the demo seeding runs as the catalog starts).
     */
    Showcase open(Environment sandbox, Duration timeout) {
        Optional<String> group = client.awaitGroup(catalogUrl, GROUP_NAME, timeout);
        if (group.isEmpty()) {
            return Showcase.NONE;
        }
        List<String> connected = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String channel : CHANNELS) {
            String path = "/api/groups/" + group.get() + "/connections/" + channel;
            HttpResponse<String> existing = client.asStaff(HttpRequest.newBuilder(URI.create(listingUrl + path)).GET());
            if (existing.statusCode() == 200) {
                before.add(channel);
                continue;
            }
            HttpResponse<String> put = client.asStaff(HttpRequest.newBuilder(URI.create(listingUrl + path))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(connection(channel, sandbox).toString())));
            if (put.statusCode() != 200) {
                throw new LocalStackException("listing sync refused the demo connection of " + GROUP_NAME + " to "
                        + channel + ": " + put.statusCode() + " " + put.body());
            }
            connected.add(channel);
        }
        return new Showcase(group, connected, before);
    }

    /**
     * Where each field of a demo connection comes from in the sandbox's settings ({@code sandbox.<channel>.<key>}):
     * its first demo shop, and the app's credentials.
     */
    private static final Map<String, List<Map.Entry<String, String>>> FROM_SANDBOX = Map.of(
            "tokopedia", List.of(Map.entry("shopId", "shops[0].shop-id"), Map.entry("appKey", "app-key"),
                    Map.entry("appSecret", "app-secret"), Map.entry("accessToken", "shops[0].access-token"),
                    Map.entry("shopCipher", "shops[0].shop-cipher"), Map.entry("warehouseId", "shops[0].warehouse-id")),
            "shopee", List.of(Map.entry("shopId", "shops[0].shop-id"), Map.entry("appKey", "partner-id"),
                    Map.entry("appSecret", "partner-key"), Map.entry("accessToken", "shops[0].access-token"),
                    Map.entry("logisticId", "logistic-ids[0]")),
            "lazada", List.of(Map.entry("shopId", "shops[0].seller-id"), Map.entry("appKey", "app-key"),
                    Map.entry("appSecret", "app-secret"), Map.entry("accessToken", "shops[0].access-token")));

    /** The connection of the sandbox's first demo shop on a channel, with the sandbox's demo credentials. */
    static ObjectNode connection(String channel, Environment sandbox) {
        ObjectNode body = StaffClient.JSON.createObjectNode();
        ObjectNode credentials = StaffClient.JSON.createObjectNode();
        for (Map.Entry<String, String> field : FROM_SANDBOX.get(channel)) {
            String value = required(sandbox, "sandbox." + channel + "." + field.getValue());
            (field.getKey().equals("shopId") ? body : credentials).put(field.getKey(), value);
        }
        body.set("credentials", credentials);
        return body;
    }

    private static String required(Environment environment, String key) {
        String value = environment.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new LocalStackException("the sandbox has no " + key + " for the demo connection");
        }
        return value;
    }
}
