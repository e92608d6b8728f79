package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.state.Listing;
import id.tenun.testsupport.SandboxServer;

/**
 * A create that lands on the marketplace but answers a server error is found by seller SKU and adopted, never made
 * twice; and TikTok Shop price and stock changes cost one call each once the adapter knows the SKU id.
 */
class CreateRecoveryIntegrationTests extends ListingSyncIntegrationTestSupport {

    static final Duration SYNC = Duration.ofSeconds(30);

    /** Each marketplace's create path: only these calls lose their answer. */
    static final Map<String, String> CREATES = Map.of("tokopedia", "/product/202309/products", "shopee",
            "/api/v2/product/add_item", "lazada", "/product/create");

    @AfterEach
    void heal() {
        SANDBOX.healAll();
    }

    @Test
    void aCreateThatLandedButAnsweredAServerErrorIsAdoptedNotMadeTwice() {
        CREATES.forEach((channel, path) -> SANDBOX.faults(channel,
                "{\"lostAnswerRate\":1.0,\"errorStatus\":502,\"lostAnswerPath\":\"" + path + "\"}"));
        connect("grp-lost-answer", 1, null);

        publish(product("prd-lost-answer", "grp-lost-answer", 1, 64_000, 4));

        awaitSynced("prd-lost-answer", 1, ListingState.LIVE, SYNC);
        for (Listing listing : listingsOf("prd-lost-answer")) {
            List<JsonNode> held = held(listing.channel(), listing.shopId(), sku("prd-lost-answer"));
            assertThat(held).as(listing.channel()).hasSize(1);
            assertThat(listing.externalId()).as(listing.channel()).isEqualTo(held.get(0).path("itemId").asString());
            assertThat(listing.history()).extracting(a -> a.operation() + " " + a.outcome())
                    .as(listing.channel())
                    .containsSubsequence("CREATE FAILED",
                            "FIND_OR_CREATE " + (listing.channel().equals("shopee")
                                    ? "LIVE"
                                    : "IN_REVIEW"))
                    .filteredOn(entry -> entry.startsWith("CREATE "))
                    .hasSize(1);
        }
    }

    @Test
    void aPriceAndStockChangeOnTikTokShopCostsTwoCallsNotFour() {
        connect("grp-tts-calls", 1, null);
        ProductSnapshot v1 = product("prd-tts-calls", "grp-tts-calls", 1, 48_000, 9);
        publish(v1);
        awaitSynced("prd-tts-calls", 1, ListingState.LIVE, SYNC);
        String productId = listingsOf("prd-tts-calls").stream()
                .filter(listing -> listing.channel().equals("tokopedia"))
                .findFirst()
                .orElseThrow()
                .externalId();
        int before = callsOn(productId).size();

        publish(withVersion(v1, 2, 52_000, 6));
        awaitSynced("prd-tts-calls", 2, ListingState.LIVE, SYNC);

        List<String> made = callsOn(productId);
        assertThat(made.subList(0, made.size() - before)).containsExactlyInAnyOrder(
                "POST /tokopedia/product/202309/products/" + productId + "/inventory/update",
                "POST /tokopedia/product/202309/products/" + productId + "/prices/update");
        JsonNode shown = SANDBOX.listing("tokopedia", SandboxServer.shop("tokopedia", 1), sku("prd-tts-calls"));
        assertThat(shown.path("price").asLong()).isEqualTo(52_000);
        assertThat(shown.path("stock").asInt()).isEqualTo(6);
    }

    /** The sandbox's listings of a shop with this seller SKU. */
    private static List<JsonNode> held(String channel, String shopId, String sellerSku) {
        List<JsonNode> held = new ArrayList<>();
        SANDBOX.listings(channel, shopId).forEach(listing -> {
            if (sellerSku.equals(listing.path("sellerSku").asString(""))) {
                held.add(listing);
            }
        });
        return held;
    }

    /** Calls TikTok Shop received about one product, newest first. */
    private static List<String> callsOn(String productId) {
        List<String> calls = new ArrayList<>();
        SANDBOX.calls("tokopedia").forEach(call -> {
            if (call.path("path").asString("").contains("/products/" + productId)) {
                calls.add(call.path("method").asString() + " " + call.path("path").asString());
            }
        });
        return calls;
    }
}
