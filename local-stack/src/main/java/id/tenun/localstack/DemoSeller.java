package id.tenun.localstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The demo's second group, the Mollo forest honey group, connects shops of its own as any new group does: through
 * each marketplace's seller authorization, played on the sandbox's own pages (the seller signs in, opens a shop and
 * grants; the sandbox sends them back to listing sync with a code, which listing sync exchanges for the shop's
 * tokens). The sandbox keeps its shops in memory, so on a restart a connection whose shop it no longer knows is
 * authorized again, with a new shop.
 */
final class DemoSeller {

    static final String GROUP_NAME = "Kelompok Madu Hutan Mollo Fatumnasi";

    private static final String SELLER = "mollo-fatumnasi";
    private static final String SHOP_NAME = "Madu Hutan Mollo";

    private final StaffClient client;
    private final String catalogUrl;
    private final String listingUrl;
    private final String sandboxUrl;

    DemoSeller(StaffClient client, String catalogUrl, String listingUrl, String sandboxUrl) {
        this.client = client;
        this.catalogUrl = catalogUrl;
        this.listingUrl = listingUrl;
        this.sandboxUrl = sandboxUrl;
    }

    /** The group (empty if the catalog has no such group) and the channels authorized now. */
    record Authorized(Optional<String> groupId, List<String> authorizedNow) {

        static final Authorized NONE = new Authorized(Optional.empty(), List.of());
    }

    Authorized open(Duration timeout) {
        Optional<String> group = client.awaitGroup(catalogUrl, GROUP_NAME, timeout);
        if (group.isEmpty()) {
            return Authorized.NONE;
        }
        Set<String> sandboxShops = sandboxShops();
        List<String> authorized = new ArrayList<>();
        for (String channel : DemoShowcase.CHANNELS) {
            HttpResponse<String> existing = client.asStaff(HttpRequest.newBuilder(URI.create(listingUrl
                    + "/api/groups/" + group.get() + "/connections/" + channel)).GET());
            if (existing.statusCode() == 200 && sandboxShops.contains(channel + ":"
                    + StaffClient.JSON.readTree(existing.body()).path("shopId").asString())) {
                continue;
            }
            authorize(group.get(), channel);
            authorized.add(channel);
        }
        return new Authorized(group, authorized);
    }

    /**
     * Start in listing sync, grant on the sandbox's page, and hand the grant to listing sync's callback as the
     * console's page does for a signed-in seller (the sandbox sends the browser to the console).
     */
    private void authorize(String group, String channel) {
        HttpResponse<String> started = client.asStaff(HttpRequest.newBuilder(URI.create(listingUrl + "/api/groups/"
                + group + "/connections/" + channel + "/authorization"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        expect(started, 201, "listing sync did not start the authorization of " + channel);
        String page = StaffClient.JSON.readTree(started.body()).path("authorizationUrl").asString();
        HttpResponse<String> granted = client.asBrowser(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("seller=" + SELLER + "&new_shop="
                        + URLEncoder.encode(SHOP_NAME, StandardCharsets.UTF_8) + "&decision=grant")));
        expect(granted, 303, "the sandbox's " + channel + " authorization page did not send the seller back");
        URI back = URI.create(granted.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> connected = client.asBrowser(HttpRequest.newBuilder(URI.create(listingUrl
                + "/shops/callback/" + channel + "?" + back.getRawQuery())).GET());
        expect(connected, 200, "listing sync did not connect the authorized " + channel + " shop");
    }

    private Set<String> sandboxShops() {
        HttpResponse<String> reply = client.asBrowser(HttpRequest.newBuilder(URI.create(sandboxUrl
                + "/sandbox/shops")).GET());
        expect(reply, 200, "the sandbox did not list its shops");
        Set<String> shops = new HashSet<>();
        for (JsonNode shop : StaffClient.JSON.readTree(reply.body())) {
            shops.add(shop.path("channel").asString() + ":" + shop.path("shopId").asString());
        }
        return shops;
    }

    private static void expect(HttpResponse<String> reply, int status, String what) {
        if (reply.statusCode() != status) {
            throw new LocalStackException(what + ": " + reply.statusCode() + " " + reply.body());
        }
    }
}
