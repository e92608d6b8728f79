package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.shop.ChannelHealth;
import id.tenun.listing.state.Listing;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

class ResilienceIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    ChannelHealth health;

    @AfterEach
    void heal() {
        SANDBOX.healAll();
    }

    /**
     * Eight products at once on shops whose quota (5/s) equals ours: unpaced, the 24 creates and the reads after
     * them would meet the marketplace's 429 again and again. Paced, calls leave at 80% of the quota. A stall of the
     * test JVM (garbage collection, a loaded CI machine) can still bunch calls that left on time, so a rare 429 is
     * tolerated, never more than one call in ten; each is then honoured as the marketplace asks.
     */
    @Test
    void ourPacingProvokesNoRateLimitWhenTheMarketplacesQuotaEqualsOurs() {
        connect("grp-pace", 2, null);
        Instant start = Instant.now();
        for (int i = 0; i < 8; i++) {
            publish(product("prd-pace-" + i, "grp-pace", 1, 15_000, 5));
        }
        for (int i = 0; i < 8; i++) {
            awaitSynced("prd-pace-" + i, 1, ListingState.LIVE, Duration.ofSeconds(90));
        }
        long calls = 0;
        long refused = 0;
        StringBuilder perChannel = new StringBuilder();
        for (String channel : CHANNELS) {
            String shop = SandboxServer.shop(channel, 2);
            List<JsonNode> all = new ArrayList<>();
            SANDBOX.calls(channel).forEach(all::add);
            List<JsonNode> ours = all.stream()
                    .filter(c -> shop.equals(c.path("shopId").asString(""))
                            && Instant.parse(c.path("at").asString()).isAfter(start))
                    .toList();
            assertThat(ours).as(channel + ": a create per product at least").hasSizeGreaterThanOrEqualTo(8);
            long refusedHere = ours.stream().filter(c -> c.path("status").asInt() == 429).count();
            perChannel.append(' ').append(channel).append(' ').append(refusedHere).append('/').append(ours.size());
            calls += ours.size();
            refused += refusedHere;
        }
        assertThat(refused * 10).as("%d of %d calls refused with 429:%s", refused, calls, perChannel)
                .isLessThanOrEqualTo(calls);
    }

    @Test
    void theBreakerOpensDuringAFullOutageWithoutHoldingUpOtherChannelsAndClosesAfter() {
        connect("grp-outage", 3, null);
        SANDBOX.faults("shopee", "{\"down\":true}");
        for (int i = 0; i < 6; i++) {
            publish(product("prd-outage-" + i, "grp-outage", 1, 15_000, 5));
        }
        String breaker = "shopee:" + SandboxServer.shopeeShop(3);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(breakerState(breaker))
                .isIn("OPEN", "HALF_OPEN"));
        // the other channels, and the Kafka partitions, are not held up by the outage
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (int i = 0; i < 6; i++) {
                assertThat(listingsOf("prd-outage-" + i)).filteredOn(l -> !l.channel().equals("shopee"))
                        .hasSize(2).allMatch(l -> l.state() == ListingState.LIVE);
            }
        });
        assertThat(listingsOf("prd-outage-0")).filteredOn(l -> l.channel().equals("shopee"))
                .allMatch(l -> l.needsWork() && l.state() != ListingState.LIVE);
        http.get().uri("/actuator/health/circuitBreakers").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectBody(String.class)
                .value(body -> assertThat(body).contains(breaker));
        SANDBOX.healAll();
        for (int i = 0; i < 6; i++) {
            awaitSynced("prd-outage-" + i, 1, ListingState.LIVE, Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(breakerState(breaker))
                .isEqualTo("CLOSED"));
    }

    @Test
    void twoHundredProductsConvergeToTheirLatestVersionAfterThirtyPercentOfCallsFail() {
        connect("grp-faults", 4, null);
        for (String channel : CHANNELS) {
            SANDBOX.faults(channel, "{\"errorRate\":0.3,\"errorStatus\":503}");
        }
        int products = 200;
        List<ProductSnapshot> v1 = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            ProductSnapshot p = product("prd-fault-" + i, "grp-faults", 1, 10_000 + i, 5);
            v1.add(p);
            publish(p);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> listingsOf("prd-fault-" + (products - 1)).size() == 3);
        for (ProductSnapshot p : v1) {
            publish(withVersion(p, 2, p.variants().get(0).priceRupiah() + 500, 4));
        }
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        SANDBOX.healAll();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (int i = 0; i < products; i++) {
                List<Listing> all = listingsOf("prd-fault-" + i);
                assertThat(all).hasSize(3).allSatisfy(l -> {
                    assertThat(l.state()).as(l.id() + " " + l.lastError()).isEqualTo(ListingState.LIVE);
                    assertThat(l.productVersion()).isEqualTo(2);
                    assertThat(l.needsWork()).isFalse();
                });
            }
        });
        for (String channel : CHANNELS) {
            JsonNode shown = SANDBOX.listings(channel, SandboxServer.shop(channel, 4));
            assertThat(shown).hasSize(products);
            shown.forEach(l -> {
                int i = Integer.parseInt(l.path("sellerSku").asString().replace("PRD-FAULT-", "").replace("-SKU", ""));
                assertThat(l.path("price").asLong()).isEqualTo(10_000 + i + 500);
                assertThat(l.path("stock").asInt()).isEqualTo(4);
                assertThat(l.path("state").asString()).isEqualTo("ACTIVE");
            });
        }
    }

    private String breakerState(String name) {
        String channel = name.substring(0, name.indexOf(':'));
        return health.report().stream().filter(c -> c.channel().equals(channel)).flatMap(c -> c.shops().stream())
                .filter(s -> name.equals(channel + ":" + s.shopId())).findFirst()
                .map(ChannelHealth.ShopReport::breakerState).orElse("NOT_YET_CALLED");
    }

}
