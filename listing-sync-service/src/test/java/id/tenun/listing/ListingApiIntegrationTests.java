package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

import id.tenun.events.listing.ListingState;
import id.tenun.listing.connection.Connection;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

class ListingApiIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void storesCredentialsSealedAndNeverShowsThem() {
        http.put().uri("/api/groups/grp-api/connections/shopee")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody("shopee", 1,
                        "\"price\":{\"percent\":10,\"roundTo\":500,\"rounding\":\"UP\",\"minimumRupiah\":5000},"
                                + "\"stock\":{\"sharePercent\":50,\"bufferUnits\":1}"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"credentialsStored\":true").contains("\"keyId\"")
                        .doesNotContain(SandboxServer.SHOPEE_PARTNER_KEY).doesNotContain("shopee-test-token-1"));
        http.get().uri("/api/groups/grp-api/connections/shopee")
                .header("Authorization", "Bearer " + TestTokens.mentor("grp-api"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"shopId\":\"300100001\"")
                        .contains("\"percentBasisPoints\":1000")
                        .doesNotContain(SandboxServer.SHOPEE_PARTNER_KEY).doesNotContain("shopee-test-token-1"));
        Connection stored = mongo.findById("grp-api:shopee", Connection.class);
        assertThat(stored.credentials().ciphertext()).doesNotContain(SandboxServer.SHOPEE_PARTNER_KEY);
        String raw = mongo.getCollection("connections").find().first().toJson();
        assertThat(raw).doesNotContain(SandboxServer.SHOPEE_PARTNER_KEY).doesNotContain("shopee-test-token-1");
    }

    @Test
    void appliesTheConnectionRulesAtSyncTimeAndReSyncsWhenTheyChange() {
        connect("grp-rules", 1, "\"price\":{\"percent\":10,\"roundTo\":1000,\"rounding\":\"UP\"},"
                + "\"stock\":{\"sharePercent\":50,\"bufferUnits\":2,\"maximumShown\":3}");
        publish(product("prd-rules", "grp-rules", 1, 20_100, 20));
        awaitSynced("prd-rules", 1, ListingState.LIVE, Duration.ofSeconds(30));
        for (String channel : CHANNELS) {
            var shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-rules"));
            assertThat(shown.path("price").asLong()).as(channel).isEqualTo(23_000); // 22110 → up to 23000
            assertThat(shown.path("stock").asInt()).as(channel).isEqualTo(3); // (20-2)*50% = 9, at most 3
        }
        connect("grp-rules", 1, "\"price\":{\"fixedRupiah\":19000}");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String channel : CHANNELS) {
                var shown = SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-rules"));
                assertThat(shown.path("price").asLong()).as(channel).isEqualTo(19_000);
                assertThat(shown.path("stock").asInt()).as(channel).isEqualTo(20);
            }
        });
    }

    @Test
    void aGroupMemberSeesOnlyTheirGroupAndOthersAsIfTheyDidNotExist() {
        connect("grp-a", 1, null);
        publish(product("prd-a", "grp-a", 1, 10_000, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listingsOf("prd-a").size() == 3);
        String stranger = "Bearer " + TestTokens.groupMember("grp-b");
        http.get().uri("/api/groups/grp-a/connections/tokopedia").header("Authorization", stranger)
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/api/groups/grp-a/connections/tokopedia").header("Authorization", stranger)
                .contentType(MediaType.APPLICATION_JSON).body(SandboxServer.connectionBody("tokopedia", 2, null))
                .exchange().expectStatus().isNotFound();
        http.delete().uri("/api/groups/grp-a/connections/tokopedia").header("Authorization", stranger)
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/listings?groupId=grp-a").header("Authorization", stranger)
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/listings?productId=prd-a").header("Authorization", stranger)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        String id = listingsOf("prd-a").get(0).id();
        http.get().uri("/api/listings/{id}", id).header("Authorization", stranger)
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/listings/{id}/resync", id).header("Authorization", stranger)
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/listings/{id}", id).header("Authorization", "Bearer " + TestTokens.groupMember("grp-a"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.groupId").isEqualTo("grp-a").jsonPath("$.history").isArray();
        http.get().uri("/api/listings?productId=prd-a").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(3);
        http.get().uri("/api/listings").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aConnectionChoosesOnlyItsOwnGroupsProducts() {
        publish(product("prd-mine", "grp-mine", 1, 10_000, 1));
        publish(product("prd-theirs", "grp-theirs", 1, 10_000, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("products")
                .countDocuments(Filters.in("_id", "prd-mine", "prd-theirs")) == 2);
        // another group's product and one the catalog never announced are refused alike, naming the entry
        for (String chosen : List.of("prd-theirs", "prd-nobody")) {
            http.put().uri("/api/groups/grp-mine/connections/shopee")
                    .header("Authorization", "Bearer " + TestTokens.staff())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(SandboxServer.connectionBody("shopee", 1,
                            "\"products\":{\"mode\":\"CHOSEN\",\"productIds\":[\"prd-mine\",\"" + chosen + "\"]}"))
                    .exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("products.productIds[1]");
        }
        assertThat(mongo.findById("grp-mine:shopee", Connection.class)).isNull();
        connect("grp-mine", "shopee", 1, "\"products\":{\"mode\":\"CHOSEN\",\"productIds\":[\"prd-mine\"]}");
    }

    @Test
    void refusesBadInputWithAProblemNamingTheFieldAndStoresNothing() {
        String staff = "Bearer " + TestTokens.staff();
        http.put().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody("shopee", 1, "\"price\":{\"percent\":-150}"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("price.percent");
        http.put().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"shopId\":\"300100001\",\"credentials\":{\"appKey\":\"\",\"appSecret\":\"x\",\"accessToken\":\"y\"}}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("credentials.appKey");
        http.put().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON).body("{\"shopId\":\"300100001\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("credentials"));
        http.put().uri("/api/groups/grp-bad/connections/ebay").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON).body(SandboxServer.connectionBody("shopee", 1, null))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("channel"));
        http.put().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody("shopee", 1, "\"products\":{\"mode\":\"CHOSEN\",\"productIds\":[]}"))
                .exchange().expectStatus().isBadRequest();
        http.put().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .contentType(MediaType.APPLICATION_JSON).body("{\"shopId\": 3001, ")
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/api/listings?state=NOPE").header("Authorization", staff)
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/api/listings?size=1000").header("Authorization", staff)
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/api/groups/grp-bad/connections/shopee").header("Authorization", staff)
                .exchange().expectStatus().isNotFound();
        assertThat(mongo.findById("grp-bad:shopee", Connection.class)).isNull();
    }

    @Test
    void disconnectingAShopDelistsItsListings() {
        connect("grp-bye", 1, null);
        publish(product("prd-bye", "grp-bye", 1, 10_000, 1));
        awaitSynced("prd-bye", 1, ListingState.LIVE, Duration.ofSeconds(30));
        for (String channel : CHANNELS) {
            http.delete().uri("/api/groups/grp-bye/connections/{c}", channel)
                    .header("Authorization", "Bearer " + TestTokens.groupMember("grp-bye"))
                    .exchange().expectStatus().isNoContent();
        }
        awaitSynced("prd-bye", 1, ListingState.DELISTED, Duration.ofSeconds(30));
        http.get().uri("/api/groups/grp-bye/connections/shopee")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-bye"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void paginatesListingsAndResyncsOnRequest() {
        connect("grp-page", 1, null);
        for (int i = 0; i < 3; i++) {
            publish(product("prd-page-" + i, "grp-page", 1, 10_000, 1));
        }
        awaitSynced("prd-page-0", 1, ListingState.LIVE, Duration.ofSeconds(30));
        String member = "Bearer " + TestTokens.groupMember("grp-page");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri("/api/listings?groupId=grp-page&size=4&page=1").header("Authorization", member)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(9));
        String id = listingsOf("prd-page-0").get(0).id();
        http.post().uri("/api/listings/{id}/resync", id).header("Authorization", member)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.pending").isEqualTo(true);
        awaitSynced("prd-page-0", 1, ListingState.LIVE, Duration.ofSeconds(30));
        assertThat(listings.find(id).orElseThrow().history()).extracting(a -> a.operation()).contains("RESYNC");
    }

    @Test
    void showsChannelHealthToPeopleAndBreakersAndLimitersToActuator() {
        connect("grp-health", 1, null);
        publish(product("prd-health", "grp-health", 1, 10_000, 1));
        awaitSynced("prd-health", 1, ListingState.LIVE, Duration.ofSeconds(30));
        http.get().uri("/api/channels/health").header("Authorization", "Bearer " + TestTokens.groupMember("grp-health"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[?(@.channel == 'shopee')].breakerState").isEqualTo("CLOSED")
                .jsonPath("$[?(@.channel == 'shopee')].backlog").exists()
                .jsonPath("$[?(@.channel == 'shopee')].lastSuccessAt").exists()
                .jsonPath("$[0].shops[0].quotaPerSecond").exists()
                .jsonPath("$[0].shops[0].callsLastMinute").exists()
                .jsonPath("$[?(@.channel == 'shopee')].shops[*].shopId")
                .value(shops -> assertThat(shops.toString()).contains(SandboxServer.shop("shopee", 1)));
        // a member sees only the shops their group holds; staff see every shop
        http.get().uri("/api/channels/health").header("Authorization", "Bearer " + TestTokens.groupMember("grp-none"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[*].shops[*]").isEmpty();
        http.get().uri("/api/channels/health").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.channel == 'shopee')].shops[*].shopId").isNotEmpty();
        // the shops in the breakers' and limiters' health: for staff, not for a probe nor a member
        http.get().uri("/actuator/health/circuitBreakers").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("shopee:300100001").contains("CLOSED"));
        http.get().uri("/actuator/health/rateLimiters").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("tokopedia:7495000000000000001"));
        http.get().uri("/actuator/health/circuitBreakers").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("\"status\"").doesNotContain("shopee:"));
        http.get().uri("/actuator/health/circuitBreakers")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-none"))
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("shopee:"));
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + TestTokens.groupMember("grp-none"))
                .exchange().expectStatus().isForbidden();
        http.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("resilience4j_circuitbreaker_state")
                        .contains("resilience4j_ratelimiter_available_permissions"));
    }

}
