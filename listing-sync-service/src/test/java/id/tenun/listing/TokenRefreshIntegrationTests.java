package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.listing.ListingState;
import id.tenun.listing.connection.Authorization;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.connection.ShopConnections;
import id.tenun.listing.connection.ShopSecrets;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

/**
 * Token renewal end to end, on shop {@value ListingSyncIntegrationTestSupport#TOKEN_SHOP} of each sandbox, whose
 * issued access tokens live 10 s: the service renews a connection's tokens before they expire, listings sync with
 * the new ones after the old access token is refused, the spent refresh token no longer works, Mongo holds no token
 * in the clear, and a refused refresh shows on the connection and stops the calls.
 */
class TokenRefreshIntegrationTests extends ListingSyncIntegrationTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Connections connections;

    @Autowired
    ShopConnections shops;

    /** The adapters, wired to the sandbox with shop 5's configured credentials, as a test's own client. */
    static final Marketplaces MARKETPLACES = marketplaces();

    static Marketplaces marketplaces() {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        for (String channel : CHANNELS) {
            settings.put(Channel.of(channel), new ChannelSettings(URI.create(SANDBOX.baseUrl(channel)),
                    Duration.ofSeconds(2), Duration.ofSeconds(5), 10, null, null,
                    List.of(credentials(channel, SandboxServer.accessToken(channel, TOKEN_SHOP)))));
        }
        return Marketplaces.create(settings, Clock.systemUTC());
    }

    static ShopCredentials credentials(String channel, String accessToken) {
        return credentials(channel, TOKEN_SHOP, accessToken);
    }

    static ShopCredentials credentials(String channel, int n, String accessToken) {
        return switch (channel) {
            case "tokopedia" -> new ShopCredentials(SandboxServer.tokopediaShop(n), SandboxServer.TTS_APP_KEY,
                    SandboxServer.TTS_APP_SECRET, accessToken, "ROW_tenunTest" + n,
                    Map.of("warehouse_id", "74950000000000001" + n));
            case "shopee" -> new ShopCredentials(SandboxServer.shopeeShop(n), SandboxServer.SHOPEE_PARTNER_ID,
                    SandboxServer.SHOPEE_PARTNER_KEY, accessToken, "", Map.of("logistic_id", "80014"));
            default -> new ShopCredentials(SandboxServer.lazadaShop(n), SandboxServer.LAZADA_APP_KEY,
                    SandboxServer.LAZADA_APP_SECRET, accessToken, "");
        };
    }

    /** A read of an item that does not exist, with this access token: refused for the item, or for the token. */
    static ListingResult readWith(String channel, int shop, String accessToken) {
        return marketplaces().listings(channel).read(credentials(channel, shop, accessToken), "987654321").status();
    }

    /** Waits until the sandbox refuses each channel's granted access token as expired. */
    static void awaitExpired(int shop, Map<String, TokenGrant> grants) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String channel : CHANNELS) {
                assertThat(readWith(channel, shop, grants.get(channel).accessToken())).as(channel)
                        .isInstanceOf(ListingResult.AuthenticationFailure.class);
            }
        });
    }

    void put(String groupId, String channel, String accessToken, String refreshToken, Instant expiresAt) {
        put(groupId, channel, TOKEN_SHOP, accessToken,
                "\"refreshToken\":\"" + refreshToken + "\",\"accessTokenExpiresAt\":\"" + expiresAt + "\"");
    }

    void put(String groupId, String channel, int shop, String accessToken, String tokenFields) {
        String body = SandboxServer.connectionBody(channel, shop, null)
                .replace("\"accessToken\":\"" + SandboxServer.accessToken(channel, shop) + "\"",
                        "\"accessToken\":\"" + accessToken + "\"," + tokenFields);
        http.put().uri("/api/groups/{g}/connections/{c}", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isOk();
    }

    String view(String groupId, String channel) {
        return http.get().uri("/api/groups/{g}/connections/{c}", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupId))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void renewsTokensBeforeTheyExpireAndListingsKeepSyncingWithTheNewOnes() {
        String group = "grp-tokens";
        Map<String, TokenGrant> first = new HashMap<>();
        for (String channel : CHANNELS) {
            TokenGrant grant = MARKETPLACES.auth(channel)
                    .refresh(credentials(channel, ""), SandboxServer.refreshToken(channel, TOKEN_SHOP));
            first.put(channel, grant);
            put(group, channel, grant.accessToken(), grant.refreshToken(), grant.accessTokenExpiresAt());
        }

        // renewed when less than 6 s of 10 were left: seen well before the first tokens expire
        Map<String, Instant> renewedAt = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            for (String channel : CHANNELS) {
                if (!renewedAt.containsKey(channel)) {
                    JsonNode shown = JSON.readTree(view(group, channel));
                    assertThat(Instant.parse(shown.path("accessTokenExpiresAt").asString())).as(channel)
                            .isAfter(first.get(channel).accessTokenExpiresAt());
                    assertThat(shown.path("authorization").path("state").asString()).isEqualTo("ACTIVE");
                    renewedAt.put(channel, Instant.parse(shown.path("authorization").path("renewedAt").asString()));
                }
            }
        });
        renewedAt.forEach(
                (channel, at) -> assertThat(at).as(channel).isBefore(first.get(channel).accessTokenExpiresAt()));
        for (String channel : CHANNELS) {
            String spent = first.get(channel).refreshToken();
            assertThatThrownBy(() -> MARKETPLACES.auth(channel).refresh(credentials(channel, ""), spent))
                    .as(channel)
                    .isInstanceOfSatisfying(MarketplaceCallFailed.class, failed -> assertThat(failed.kind())
                            .isIn(MarketplaceCallFailed.Kind.AUTHENTICATION, MarketplaceCallFailed.Kind.REFUSED));
        }
        awaitExpired(TOKEN_SHOP, first);

        // the first access tokens are refused now: what syncs, syncs with renewed ones
        publish(product("prd-tokens", group, 1, 45_000, 7));
        awaitSynced("prd-tokens", 1, ListingState.LIVE, Duration.ofSeconds(60));
        publish(withVersion(product("prd-tokens", group, 1, 45_000, 7), 2, 47_000, 5));
        awaitSynced("prd-tokens", 2, ListingState.LIVE, Duration.ofSeconds(60));

        for (String channel : CHANNELS) {
            Connection stored = connections.find(group, channel).orElseThrow();
            ShopSecrets opened = shops.open(stored);
            assertThat(opened.accessToken()).isNotEqualTo(first.get(channel).accessToken());
            String raw = mongo.getCollection("connections").find(new Document("_id", stored.id())).first()
                    .toJson();
            assertThat(raw).as(channel)
                    .doesNotContain(opened.accessToken())
                    .doesNotContain(opened.refreshToken())
                    .doesNotContain(first.get(channel).accessToken())
                    .doesNotContain(first.get(channel).refreshToken());
            assertThat(view(group, channel)).doesNotContain(opened.accessToken()).doesNotContain(opened.refreshToken());
            http.delete().uri("/api/groups/{g}/connections/{c}", group, channel)
                    .header("Authorization", "Bearer " + TestTokens.staff())
                    .exchange()
                    .expectStatus().isNoContent();
        }
    }

    @Test
    void aCallRefusedForAnExpiredTokenRenewsTheTokensAndTheListingIsNotRejected() {
        String group = "grp-expired";
        Map<String, TokenGrant> grants = new HashMap<>();
        for (String channel : CHANNELS) {
            // shop 1's own refresh chain; no expiry given, so only a refused call can tell the service
            TokenGrant grant = MARKETPLACES.auth(channel)
                    .refresh(credentials(channel, 1, ""), SandboxServer.refreshToken(channel, 1));
            grants.put(channel, grant);
            put(group, channel, 1, grant.accessToken(), "\"refreshToken\":\"" + grant.refreshToken() + "\"");
        }
        awaitExpired(1, grants);

        publish(product("prd-expired", group, 1, 52_000, 3));

        awaitSynced("prd-expired", 1, ListingState.LIVE, Duration.ofSeconds(60));
        assertThat(listingsOf("prd-expired")).allSatisfy(listing -> assertThat(listing.history())
                .extracting(attempt -> attempt.outcome())
                .doesNotContain("REJECTED", "UNAUTHORIZED")
                .contains("DEFERRED"));
        for (String channel : CHANNELS) {
            assertThat(JSON.readTree(view(group, channel)).path("authorization").path("renewedAt").asString())
                    .as(channel).isNotBlank();
        }
    }

    @Test
    void refusesAnExpiryGivenTwiceOutOfRangeOrPastWithoutARefreshToken() {
        String token = SandboxServer.accessToken("shopee", 1);
        for (String fields : List.of(
                "\"accessTokenExpiresIn\":14400,\"accessTokenExpiresAt\":\"" + Instant.now().plusSeconds(60) + "\"",
                "\"accessTokenExpiresIn\":0", "\"accessTokenExpiresIn\":99999999999",
                "\"accessTokenExpiresAt\":\"" + Instant.now().minusSeconds(60) + "\"")) {
            String body = SandboxServer.connectionBody("shopee", 1, null)
                    .replace("\"accessToken\":\"" + token + "\"", "\"accessToken\":\"" + token + "\"," + fields);
            http.put().uri("/api/groups/{g}/connections/{c}", "grp-bad-expiry", "shopee")
                    .header("Authorization", "Bearer " + TestTokens.staff())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class)
                    .value(problem -> assertThat(problem).as(fields).contains("accessTokenExpires")
                            .doesNotContain(token));
        }
        assertThat(connections.find("grp-bad-expiry", "shopee")).isEmpty();
    }

    @Test
    void aRefusedRefreshAsksTheGroupToReconnectAndNoCallIsMadeForTheShop() {
        String group = "grp-revoked";
        for (String channel : CHANNELS) {
            // the configured access token still works; the refresh token is one the marketplace revoked
            put(group, channel, SandboxServer.accessToken(channel, TOKEN_SHOP), "revoked-refresh-token",
                    Instant.now().plusSeconds(3));
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String channel : CHANNELS) {
                JsonNode authorization = JSON.readTree(view(group, channel)).path("authorization");
                assertThat(authorization.path("state").asString()).as(channel)
                        .isEqualTo(Authorization.State.NEEDS_REAUTHORIZATION.name());
                assertThat(authorization.path("refusedAt").asString()).isNotBlank();
                assertThat(authorization.path("message").path("id").asString()).contains("Hubungkan ulang toko");
                assertThat(authorization.path("message").path("en").asString()).contains("Reconnect the shop");
            }
        });
        for (String channel : CHANNELS) {
            assertThat(view(group, channel)).doesNotContain("revoked-refresh-token")
                    .doesNotContain(SandboxServer.accessToken(channel, TOKEN_SHOP));
        }

        publish(product("prd-revoked", group, 1, 30_000, 4));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(listingsOf("prd-revoked")).hasSize(3).allSatisfy(listing -> {
                    assertThat(listing.state()).isEqualTo(ListingState.ERROR);
                    assertThat(listing.lastError().explanation().en()).contains("Reconnect the shop");
                }));
        for (String channel : CHANNELS) {
            assertThat(SANDBOX.listing(channel, SandboxServer.shop(channel, TOKEN_SHOP),
                    sku("prd-revoked"))).as(channel).isNull();
        }
    }

}
