package id.tenun.listing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.ListingSyncIntegrationTestSupport;
import id.tenun.listing.state.Listing;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.testsupport.SandboxServer;

class ReconciliationIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    Reconciler reconciler;

    @Test
    void repairsAPriceAndStockEditedByHandOnEveryChannelAndRecordsWhatItRepaired() {
        connect("grp-drift", 1, null);
        publish(product("prd-drift", "grp-drift", 1, 45_000, 6));
        awaitSynced("prd-drift", 1, ListingState.LIVE, Duration.ofSeconds(30));
        for (Listing listing : listingsOf("prd-drift")) {
            SANDBOX.handEdit(listing.channel(), listing.shopId(), listing.externalId(), 1_000, 99);
        }

        listingsOf("prd-drift").forEach(reconciler::reconcile);

        for (String channel : CHANNELS) {
            var shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-drift"));
            assertThat(shown.path("price").asLong()).as(channel).isEqualTo(45_000);
            assertThat(shown.path("stock").asInt()).as(channel).isEqualTo(6);
        }
        for (Listing listing : listingsOf("prd-drift")) {
            assertThat(listing.history()).as(listing.id()).anySatisfy(attempt -> {
                assertThat(attempt.operation()).isEqualTo("RECONCILE");
                assertThat(attempt.outcome()).isEqualTo("REPAIRED");
                assertThat(attempt.detail()).contains("price shown 1000; put back 45000")
                        .contains("stock shown 99; put back 6");
            });
            assertThat(listing.state()).isEqualTo(ListingState.LIVE);
            assertThat(listing.needsWork()).isFalse();
        }
    }

    @Test
    void leavesAStockBelowTheOnePushedAndChecksAnUntouchedListingWithoutPushing() {
        connect("grp-sold", 1, null);
        publish(product("prd-sold", "grp-sold", 1, 30_000, 8));
        publish(product("prd-calm", "grp-sold", 1, 20_000, 5));
        awaitSynced("prd-sold", 1, ListingState.LIVE, Duration.ofSeconds(30));
        awaitSynced("prd-calm", 1, ListingState.LIVE, Duration.ofSeconds(30));
        for (Listing listing : listingsOf("prd-sold")) {
            SANDBOX.handEdit(listing.channel(), listing.shopId(), listing.externalId(), 30_000, 3);
        }
        Map<String, String> editedAt = sandboxUpdateTimes("prd-sold", "prd-calm");

        listingsOf("prd-sold").forEach(reconciler::reconcile);
        listingsOf("prd-calm").forEach(reconciler::reconcile);

        assertThat(sandboxUpdateTimes("prd-sold", "prd-calm")).as("nothing pushed").isEqualTo(editedAt);
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-sold")).path("stock").asInt())
                    .as(channel).isEqualTo(3);
        }
        for (Listing listing : listingsOf("prd-sold")) {
            assertThat(listing.history()).as(listing.id()).anySatisfy(attempt -> {
                assertThat(attempt.outcome()).isEqualTo("CHECKED");
                assertThat(attempt.detail()).contains("stock shown 3, below the 8 pushed: left");
            });
            assertThat(listing.reconciledAt()).isNotNull();
        }
        for (Listing listing : listingsOf("prd-calm")) {
            assertThat(listing.history()).as(listing.id()).noneMatch(a -> a.operation().equals("RECONCILE"));
            assertThat(listing.reconciledAt()).isNotNull();
        }
    }

    @Test
    void aCappedShopShowsTheCapAgainAfterEverySaleInsteadOfDraining() {
        connect("grp-capped", 1, "\"stock\":{\"maximumShown\":10}");
        ProductSnapshot product = product("prd-capped", "grp-capped", 1, 30_000, 50);
        publish(product);
        awaitSynced("prd-capped", 1, ListingState.LIVE, Duration.ofSeconds(30));
        long onHand = 50;
        for (int sale = 1; sale <= 3; sale++) {
            for (String channel : CHANNELS) {
                SANDBOX.order(channel, 1, sku("prd-capped"), 3);
                onHand -= 3;
            }
            assertThat(shownStocks("prd-capped")).as("the marketplaces took the sale").containsOnly(7);

            publish(withVersion(product, 1 + sale, 30_000, onHand));
            awaitSynced("prd-capped", 1 + sale, ListingState.LIVE, Duration.ofSeconds(30));
            assertThat(shownStocks("prd-capped")).as("after sale %d, %d on hand", sale, onHand).containsOnly(10);
        }

        listingsOf("prd-capped").forEach(reconciler::reconcile);

        assertThat(shownStocks("prd-capped")).containsOnly(10);
        assertThat(listingsOf("prd-capped")).allSatisfy(listing -> assertThat(listing.history())
                .noneMatch(a -> a.detail() != null && a.detail().contains("below")));
    }

    @Test
    void activatesAgainAListingUnlistedByHand() {
        connect("grp-unlisted", 1, null);
        publish(product("prd-unlisted", "grp-unlisted", 1, 45_000, 6));
        awaitSynced("prd-unlisted", 1, ListingState.LIVE, Duration.ofSeconds(30));
        Listing onLazada = listingsOf("prd-unlisted").stream().filter(l -> l.channel().equals("lazada")).findFirst()
                .orElseThrow();
        assertThat(sellerCentre().listings("lazada").deactivate(LAZADA_SHOP, onLazada.externalId()))
                .isInstanceOf(ListingResult.Accepted.class);

        reconciler.reconcile(onLazada);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                SANDBOX.listing("lazada", SandboxServer.shop("lazada", 1), sku("prd-unlisted")).path("state")
                        .asString())
                .isEqualTo("ACTIVE"));
        assertThat(listings.find(onLazada.id()).orElseThrow().history())
                .anyMatch(a -> a.detail() != null && a.detail().contains("inactive"));
    }

    private static List<Integer> shownStocks(String productId) {
        return CHANNELS.stream().map(channel -> SANDBOX.listing(channel, SandboxServer.shop(channel, 1),
                sku(productId)).path("stock").asInt()).toList();
    }

    /** When each sandbox last changed each product's listing (a price or stock push changes it). */
    private static Map<String, String> sandboxUpdateTimes(String... productIds) {
        Map<String, String> times = new TreeMap<>();
        for (String productId : productIds) {
            for (String channel : CHANNELS) {
                times.put(channel + ":" + productId, SANDBOX.listing(channel, SandboxServer.shop(channel, 1),
                        sku(productId)).path("updatedAt").asString());
            }
        }
        return times;
    }

    /** Shop 1 on Lazada, as its owner signs in to the seller centre. */
    private static final ShopCredentials LAZADA_SHOP = new ShopCredentials(SandboxServer.lazadaShop(1),
            SandboxServer.LAZADA_APP_KEY, SandboxServer.LAZADA_APP_SECRET, "lazada-test-token-1", "");

    /** The marketplaces' own seller centre, as a person in the shop would use it. */
    private static Marketplaces sellerCentre() {
        return Marketplaces.create(Map.of(
                Channel.TOKOPEDIA, settings("tokopedia", new ShopCredentials(SandboxServer.tokopediaShop(1),
                        SandboxServer.TTS_APP_KEY, SandboxServer.TTS_APP_SECRET, "tts-test-token-1", "ROW_tenunTest1",
                        Map.of("warehouse_id", "749500000000000011"))),
                Channel.SHOPEE, settings("shopee", new ShopCredentials(SandboxServer.shopeeShop(1),
                        SandboxServer.SHOPEE_PARTNER_ID, SandboxServer.SHOPEE_PARTNER_KEY, "shopee-test-token-1", "")),
                Channel.LAZADA, settings("lazada", LAZADA_SHOP)),
                Clock.systemUTC());
    }

    private static ChannelSettings settings(String channel, ShopCredentials shop) {
        return new ChannelSettings(URI.create(SANDBOX.baseUrl(channel)), Duration.ofSeconds(2), Duration.ofSeconds(5),
                100, null, null, List.of(shop));
    }

}
