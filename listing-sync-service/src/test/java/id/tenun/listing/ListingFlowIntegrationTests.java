package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.tenun.events.Programme;
import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.state.Attempt;
import id.tenun.listing.state.Listing;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

class ListingFlowIntegrationTests extends ListingSyncIntegrationTestSupport {

    static final Duration SYNC = Duration.ofSeconds(30);

    @Test
    void aNewProductGoesLiveOnAllThreeSandboxesAndPriceAndStockChangesReachThemByTheCheapEndpoints() {
        connect("grp-flow", 1, null);
        ProductSnapshot v1 = product("prd-flow", "grp-flow", 1, 125_000, 7);
        publish(v1);
        awaitSynced("prd-flow", 1, ListingState.LIVE, SYNC);
        for (String channel : CHANNELS) {
            JsonNode shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-flow"));
            assertThat(shown.path("state").asString()).as(channel).isEqualTo("ACTIVE");
            assertThat(shown.path("price").asLong()).isEqualTo(125_000);
            assertThat(shown.path("stock").asInt()).isEqualTo(7);
        }

        publish(withVersion(v1, 2, 99_500, 7));
        awaitSynced("prd-flow", 2, ListingState.LIVE, SYNC);
        publish(withVersion(v1, 3, 99_500, 2));
        awaitSynced("prd-flow", 3, ListingState.LIVE, SYNC);
        for (String channel : CHANNELS) {
            JsonNode shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-flow"));
            assertThat(shown.path("price").asLong()).as(channel).isEqualTo(99_500);
            assertThat(shown.path("stock").asInt()).as(channel).isEqualTo(2);
        }
        for (Listing listing : listingsOf("prd-flow")) {
            assertThat(listing.history()).extracting(Attempt::operation)
                    .as(listing.id())
                    .containsSubsequence("CREATE", "UPDATE_PRICE", "UPDATE_STOCK")
                    .doesNotContain("UPDATE");
        }
    }

    @Test
    void tenChangesWithin100MillisecondsMakeAtMostTwoCallsPerChannel() throws Exception {
        connect("grp-burst", 3, null);
        ProductSnapshot v1 = product("prd-burst", "grp-burst", 1, 50_000, 10);
        publish(v1);
        awaitSynced("prd-burst", 1, ListingState.LIVE, SYNC);
        Instant before = Instant.now();
        for (int i = 2; i <= 11; i++) {
            publish(withVersion(v1, i, 50_000 + i * 100, 10));
        }
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofMillis(1000));
        awaitSynced("prd-burst", 11, ListingState.LIVE, SYNC);
        for (Listing listing : listingsOf("prd-burst")) {
            List<Attempt> pushes = listing.history().stream()
                    .filter(a -> !a.at().isBefore(before) && !"STATUS".equals(a.operation()))
                    .toList();
            assertThat(pushes).as(listing.id() + " " + pushes).hasSizeBetween(1, 2);
            assertThat(pushes).allSatisfy(a -> assertThat(a.operation()).isEqualTo("UPDATE_PRICE"));
        }
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 3), sku("prd-burst")).path("price")
                    .asLong()).isEqualTo(51_100);
        }
    }

    @Test
    void olderAndDuplicateVersionsChangeNothing() {
        connect("grp-idem", 1, null);
        ProductSnapshot v1 = product("prd-idem", "grp-idem", 1, 10_000, 1);
        publish(v1);
        publish(withVersion(v1, 2, 12_000, 1));
        awaitSynced("prd-idem", 2, ListingState.LIVE, SYNC);
        Map<String, Long> desired = versions();
        publish(v1);
        publish(withVersion(v1, 2, 12_000, 1));
        publish(product("prd-idem-marker", "grp-idem", 1, 10_000, 1));
        await().atMost(SYNC).until(() -> listingsOf("prd-idem-marker").size() == 3);
        assertThat(versions()).isEqualTo(desired);
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-idem")).path("price").asLong())
                    .isEqualTo(12_000);
        }
    }

    private Map<String, Long> versions() {
        return listingsOf("prd-idem").stream()
                .collect(Collectors.toMap(Listing::id, Listing::desiredVersion));
    }

    @Test
    void anExpiredCertificatePausesTheProductEverywhereWithTheReasonAndItComesBack() {
        connect("grp-cert", 1, null);
        ProductSnapshot v1 = product("prd-cert", "grp-cert", 1, 35_000, 4);
        publish(v1);
        awaitSynced("prd-cert", 1, ListingState.LIVE, SYNC);
        publish(unpublishable(withVersion(v1, 2, 35_000, 4), "CERTIFICATION_EXPIRED",
                "Sertifikat PIRT sudah kedaluwarsa. Perpanjang di Dinas Kesehatan.",
                "The PIRT certificate has expired. Renew it at the health office."));
        awaitSynced("prd-cert", 2, ListingState.PAUSED, SYNC);
        for (Listing listing : listingsOf("prd-cert")) {
            assertThat(listing.lastError().marketplaceCode()).isEqualTo("CERTIFICATION_EXPIRED");
            assertThat(listing.lastError().explanation().id()).contains("kedaluwarsa");
            assertThat(listing.lastError().explanation().en()).contains("expired");
        }
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-cert")).path("state")
                    .asString()).as(channel).isEqualTo("INACTIVE");
        }
        publish(withVersion(v1, 3, 35_000, 4));
        awaitSynced("prd-cert", 3, ListingState.LIVE, SYNC);
    }

    @Test
    void aRejectedListingShowsTheMarketplaceWordsAndWhatToDoInBothLanguages() {
        connect("grp-reject", 1, null);
        ProductSnapshot coffee = new ProductSnapshot("prd-kopi", "grp-reject", 1, "Kopi Arabika Bajawa", "Kopi Flores",
                "pangan.kopi", Map.of("tokopedia", "600101", "shopee", "100101", "lazada", "10101"), true, "kopi",
                250, new ProductSnapshot.Dimensions(10, 10, 10), List.of(SANDBOX.imageUrl("kopi")), 1,
                ProductSnapshot.Condition.NEW,
                List.of(new ProductSnapshot.Variant("PRD-KOPI-SKU", Map.of(), 85_000, 20)), List.of(), true, List.of(),
                "53.07.03.2005", Programme.OVOP, false, Instant.now());
        publish(coffee);
        awaitSynced("prd-kopi", 1, ListingState.REJECTED, SYNC);
        http.get().uri("/api/listings?productId=prd-kopi")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-reject"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].state").isEqualTo("REJECTED")
                .jsonPath("$.items[0].lastError.marketplaceMessage").exists()
                .jsonPath("$.items[0].lastError.explanation.id").exists()
                .jsonPath("$.items[0].lastError.explanation.en").exists();
        for (Listing listing : listingsOf("prd-kopi")) {
            assertThat(listing.lastError().marketplaceMessage()).as(listing.id()).isNotBlank();
            assertThat(listing.lastError().explanation().id()).isNotBlank();
            assertThat(listing.lastError().explanation().en()).isNotBlank();
        }
    }

    @Test
    void anArchivedProductIsDelistedEverywhere() {
        connect("grp-archive", 1, null);
        ProductSnapshot v1 = product("prd-archive", "grp-archive", 1, 20_000, 3);
        publish(v1);
        awaitSynced("prd-archive", 1, ListingState.LIVE, SYNC);
        ProductSnapshot p = withVersion(v1, 2, 20_000, 3);
        publish(new ProductSnapshot(p.productId(), p.groupId(), 2, p.name(), p.description(), p.categoryCode(),
                p.marketplaceCategories(), p.processed(), p.rawMaterial(), p.weightGrams(), p.dimensions(),
                p.imageUrls(),
                p.minimumOrder(), p.condition(), p.variants(), p.certifications(), true, List.of(), p.villageCode(),
                p.programme(), true, Instant.now()));
        awaitSynced("prd-archive", 2, ListingState.DELISTED, SYNC);
    }

    @Test
    void aProductSoldOnSomeChannelsOnlyGetsNoListingElsewhereAndIsDelistedWhereItIsNoLongerSold() {
        connect("grp-some", 1, null);
        publish(soldOn(product("prd-some", "grp-some", 1, 20_000, 3), "shopee"));
        await().atMost(SYNC).untilAsserted(() -> assertThat(listingsOf("prd-some")).singleElement()
                .satisfies(l -> assertThat(l.channel()).isEqualTo("shopee"))
                .satisfies(l -> assertThat(l.state()).isEqualTo(ListingState.LIVE)));

        ProductSnapshot v1 = product("prd-narrowed", "grp-some", 1, 20_000, 3);
        publish(v1);
        awaitSynced("prd-narrowed", 1, ListingState.LIVE, SYNC);
        publish(soldOn(withVersion(v1, 2, 20_000, 3), "shopee"));
        await().atMost(SYNC).untilAsserted(() -> assertThat(listingsOf("prd-narrowed")).allSatisfy(l -> {
            assertThat(l.needsWork()).as(l.id()).isFalse();
            if (l.channel().equals("shopee")) {
                assertThat(l.state()).isEqualTo(ListingState.LIVE);
            } else {
                assertThat(l.state()).as(l.id()).isEqualTo(ListingState.DELISTED);
                assertThat(l.lastError().marketplaceCode()).isEqualTo("NOT_SOLD_HERE");
                assertThat(l.lastError().explanation().en()).contains("not sold on this marketplace");
            }
        }));
    }

    /** The product as the catalog announces it when the group chose only {@code channel} for it. */
    private static ProductSnapshot soldOn(ProductSnapshot p, String channel) {
        return new ProductSnapshot(p.productId(), p.groupId(), p.version(), p.name(), p.description(),
                p.categoryCode(), Map.of(channel, p.marketplaceCategories().get(channel)), p.processed(),
                p.rawMaterial(), p.weightGrams(), p.dimensions(), p.imageUrls(), p.minimumOrder(), p.condition(),
                p.variants(), p.certifications(), p.publishable(), p.unpublishableReasons(), p.villageCode(),
                p.programme(), p.archived(), p.updatedAt());
    }

}
