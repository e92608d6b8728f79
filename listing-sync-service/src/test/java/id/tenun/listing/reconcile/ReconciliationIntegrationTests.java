package id.tenun.listing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.listing.ListingState;
import id.tenun.listing.ListingSyncIntegrationTestSupport;
import id.tenun.listing.SandboxServer;
import id.tenun.listing.listing.Listing;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

class ReconciliationIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    Reconciler reconciler;

    @Test
    void repairsAPriceEditedByHandAndAListingUnlistedByHandAndRecordsWhatItDid() {
        connect("grp-drift", 1, null);
        publish(product("prd-drift", "grp-drift", 1, 45_000, 6));
        awaitSynced("prd-drift", 1, ListingState.LIVE, Duration.ofSeconds(30));
        Marketplaces seller = sellerCentre();
        for (Listing listing : listingsOf("prd-drift")) {
            ListingResult edited = seller.listings(listing.channel()).updatePrice(listing.shopId(), listing.externalId(),
                    listing.sku(), 1_000);
            assertThat(edited).as(listing.channel()).isInstanceOf(ListingResult.Accepted.class);
        }
        Listing onLazada = listingsOf("prd-drift").stream().filter(l -> l.channel().equals("lazada")).findFirst()
            .orElseThrow();
        assertThat(seller.listings("lazada").deactivate(onLazada.shopId(), onLazada.externalId()))
            .isInstanceOf(ListingResult.Accepted.class);
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-drift")).path("price").asLong())
                .isEqualTo(1_000);
        }

        listingsOf("prd-drift").forEach(reconciler::reconcile);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String channel : CHANNELS) {
                var shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-drift"));
                assertThat(shown.path("price").asLong()).as(channel).isEqualTo(45_000);
                assertThat(shown.path("state").asString()).as(channel).isEqualTo("ACTIVE");
            }
        });
        awaitSynced("prd-drift", 1, ListingState.LIVE, Duration.ofSeconds(30));
        for (Listing listing : listingsOf("prd-drift")) {
            assertThat(listing.history()).as(listing.id())
                .anyMatch(a -> a.operation().equals("RECONCILE") || a.operation().equals("RESYNC"));
        }
        assertThat(listings.find(onLazada.id()).orElseThrow().history())
            .anyMatch(a -> a.detail() != null && a.detail().contains("inactive"));
    }

    /** The marketplaces' own seller centre, as a person in the shop would use it. */
    private static Marketplaces sellerCentre() {
        return Marketplaces.create(Map.of(
                Channel.TOKOPEDIA, settings("tokopedia", new ShopCredentials(SandboxServer.tokopediaShop(1),
                        SandboxServer.TTS_APP_KEY, SandboxServer.TTS_APP_SECRET, "tts-test-token-1", "ROW_tenunTest1",
                        Map.of("warehouse_id", "749500000000000011"))),
                Channel.SHOPEE, settings("shopee", new ShopCredentials(SandboxServer.shopeeShop(1),
                        SandboxServer.SHOPEE_PARTNER_ID, SandboxServer.SHOPEE_PARTNER_KEY, "shopee-test-token-1", "")),
                Channel.LAZADA, settings("lazada", new ShopCredentials(SandboxServer.lazadaShop(1),
                        SandboxServer.LAZADA_APP_KEY, SandboxServer.LAZADA_APP_SECRET, "lazada-test-token-1", ""))),
                Clock.systemUTC());
    }

    private static ChannelSettings settings(String channel, ShopCredentials shop) {
        return new ChannelSettings(URI.create(SANDBOX.baseUrl(channel)), Duration.ofSeconds(2), Duration.ofSeconds(5),
                100, null, null, List.of(shop));
    }

}
