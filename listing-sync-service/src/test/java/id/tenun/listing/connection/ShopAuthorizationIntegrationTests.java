package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.listing.ListingState;
import id.tenun.listing.ListingSyncIntegrationTestSupport;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.SellerOnTheSandbox;
import id.tenun.testsupport.TestTokens;

/**
 * A group connects its own shops through each marketplace's seller authorization, the test playing the seller on the
 * sandbox's pages over HTTP and following the marketplace's redirect back to the service; and every way it can go
 * wrong (a forged, expired or replayed state, the seller saying no, a code the marketplace refuses, a shop another
 * group holds, a member pasting tokens) stores no connection.
 */
class ShopAuthorizationIntegrationTests extends ListingSyncIntegrationTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final Duration SYNC = Duration.ofSeconds(60);

    final SellerOnTheSandbox seller = new SellerOnTheSandbox(SANDBOX.url());

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Connections connections;

    @Autowired
    ShopConnections shops;

    @Test
    void aGroupConnectsANewShopOnEachMarketplaceAndItsProductGoesLiveThere() throws Exception {
        Map<String, String> shopIds = new HashMap<>();
        for (String channel : CHANNELS) {
            HttpResponse<String> granted = grantNewShop("grp-own-shops", channel, "Ina Sikka",
                    "Tenun Ina Sikka " + channel);
            JsonNode connected = JSON.readTree(callback(granted).expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(connected.path("groupId").asString()).isEqualTo("grp-own-shops");
            assertThat(connected.path("channel").asString()).isEqualTo(channel);
            assertThat(connected.path("status").asString()).isEqualTo("ACTIVE");
            String shopId = connected.path("shopId").asString();
            assertThat(shopId).isNotEqualTo(SandboxServer.shop(channel, 1));
            shopIds.put(channel, shopId);

            Connection stored = connections.find("grp-own-shops", channel).orElseThrow();
            assertThat(stored.shopId()).isEqualTo(shopId);
            ShopSecrets secrets = shops.open(stored);
            assertThat(secrets.accessToken()).isNotBlank();
            assertThat(secrets.canRefresh()).isTrue();
            assertThat(secrets.accessTokenExpiresAt()).isAfter(Instant.now());
            String raw = mongo.getCollection("connections").find(new Document("_id", stored.id())).first()
                    .toJson();
            String view = http.get().uri("/api/groups/grp-own-shops/connections/{c}", channel)
                    .header("Authorization", "Bearer " + TestTokens.groupMember("grp-own-shops"))
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            for (String secret : new String[]{secrets.accessToken(), secrets.refreshToken(), secrets.appSecret()}) {
                assertThat(raw).doesNotContain(secret);
                assertThat(view).doesNotContain(secret);
            }
        }

        publish(product("prd-own-shop", "grp-own-shops", 1, 150_000, 4));
        awaitSynced("prd-own-shop", 1, ListingState.LIVE, SYNC);
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, shopIds.get(channel), sku("prd-own-shop"))).as(channel).isNotNull();
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku("prd-own-shop"))).isNull();
        }
    }

    @Test
    void aForgedOrMissingStateConnectsNothing() {
        get("/shops/callback/tokopedia?code=c0de&state=" + "A".repeat(43)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        get("/shops/callback/lazada?code=c0de").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
    }

    @Test
    void anExpiredStateConnectsNothing() throws Exception {
        HttpResponse<String> granted = grantNewShop("grp-late", "tokopedia", "Lambert Lembata", "Tenun Lembata");
        mongo.updateMulti(Query.query(Criteria.where("groupId").is("grp-late")),
                new Update().set("expiresAt", Instant.now().minusSeconds(1)), PendingAuthorization.class);

        refused(callback(granted), "state", "run out");
        assertNothingStoredFor("grp-late");
    }

    @Test
    void aStateWorksOnceAndAUsedCodeIsRefusedByTheMarketplace() throws Exception {
        HttpResponse<String> granted = grantNewShop("grp-once", "lazada", "Yoseph Ende", "Tenun Ende");
        callback(granted).expectStatus().isOk();
        callback(granted).expectStatus().isEqualTo(409).expectBody().jsonPath("$.id").exists();

        // another group replays the spent code under a state of its own: Lazada refuses the code
        String link = start("grp-reused", "lazada");
        String code = SellerOnTheSandbox.redirect(granted).get("code");
        refused(get("/shops/callback/lazada?code=" + SellerOnTheSandbox.encode(code) + "&state="
                + SellerOnTheSandbox.encode(stateOf(link))), "code", "Lazada refused");
        assertNothingStoredFor("grp-reused");
    }

    @Test
    void aSellerWhoRefusesConnectsNothing() throws Exception {
        for (String channel : CHANNELS) {
            HttpResponse<String> saidNo = seller.post(start("grp-said-no", channel), "seller", "Ani Alor",
                    "new_shop", "Tenun Alor", "decision", "refuse");
            refused(callback(saidNo), "error", "did not grant");
        }
        assertNothingStoredFor("grp-said-no");
    }

    @Test
    void aShopAnotherGroupHoldsIsRefused() throws Exception {
        HttpResponse<String> first = grantNewShop("grp-holder", "tokopedia", "Rambu Waingapu", "Tenun Waingapu");
        String shopId = JSON.readTree(callback(first).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody()).path("shopId").asString();

        HttpResponse<String> again = seller.post(start("grp-taker", "tokopedia"), "seller", "Rambu Waingapu",
                "shop_id", shopId, "decision", "grant");
        callback(again).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.en").value(text -> assertThat((String) text).contains("another group"));
        assertNothingStoredFor("grp-taker");
        assertThat(connections.find("grp-holder", "tokopedia").orElseThrow().shopId()).isEqualTo(shopId);
    }

    @Test
    void onlyProgrammeStaffPasteTokens() {
        http.put().uri("/api/groups/grp-paster/connections/shopee")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-paster"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody("shopee", 1, null))
                .exchange()
                .expectStatus().isForbidden();
        assertNothingStoredFor("grp-paster");
        http.post().uri("/api/groups/grp-paster/connections/shopee/authorization")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-other"))
                .exchange()
                .expectStatus().isNotFound();
    }

    /** The group starts connecting the channel; the seller opens a new shop on the marketplace's page and grants. */
    HttpResponse<String> grantNewShop(String groupId, String channel, String sellerName, String shopName)
            throws Exception {
        return seller.post(start(groupId, channel), "seller", sellerName, "new_shop", shopName, "decision", "grant");
    }

    /** A 400 problem naming the field, in words that say why. */
    static void refused(RestTestClient.ResponseSpec answer, String field, String words) {
        answer.expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].en").value(text -> assertThat((String) text).contains(words));
    }

    /** A member of the group starts connecting the channel: the marketplace's link, absolute. */
    String start(String groupId, String channel) throws Exception {
        JsonNode started = JSON.readTree(http.post()
                .uri("/api/groups/{g}/connections/{c}/authorization", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupId))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(started.path("expiresAt").asString()).isNotBlank();
        return started.path("authorizationUrl").asString();
    }

    /** Follows the marketplace's redirect back to this service (registered at the sandbox's default address). */
    RestTestClient.ResponseSpec callback(HttpResponse<String> marketplaceAnswer) {
        URI back = URI.create(SellerOnTheSandbox.location(marketplaceAnswer));
        assertThat(back.getHost() + ":" + back.getPort() + back.getPath()).startsWith("localhost:8082/shops/callback/");
        return get(back.getRawPath() + "?" + back.getRawQuery());
    }

    /** The state a link carries to the marketplace. */
    static String stateOf(String link) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                return URLDecoder.decode(pair.substring("state=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no state in " + link);
    }

    RestTestClient.ResponseSpec get(String pathAndQuery) {
        return http.get().uri(URI.create("http://localhost:" + port + pathAndQuery)).exchange();
    }

    void assertNothingStoredFor(String groupId) {
        assertThat(connections.ofGroup(groupId)).isEmpty();
        assertThat(mongo.count(Query.query(Criteria.where("groupId").is(groupId)), ShopOwners.Owner.class)).isZero();
    }
}
