package id.tenun.marketplaces.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceApp;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopAuthorization;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;
import id.tenun.marketplaces.WireServer;

class ShopeeAuthUnitTests {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    static final ShopCredentials SHOP = new ShopCredentials("300100001", "2001001", "partner-key", "old-access", null);

    final WireServer server = new WireServer();

    @AfterEach
    void stop() {
        server.close();
    }

    MarketplaceAuth auth() {
        return Marketplaces
                .create(Map.of(Channel.SHOPEE, server.api("/shopee", SHOP)), Clock.fixed(NOW, ZoneOffset.UTC))
                .auth("shopee");
    }

    static final MarketplaceApp APP = new MarketplaceApp("2001001", "partner-key", null);

    @Test
    void signsTheAuthPartnerLinkAndCarriesTheStateInTheRedirectAddress() {
        URI url = auth().authorizationUrl(APP, "n0nce", "http://localhost:8082/shops/callback/shopee");

        long timestamp = NOW.getEpochSecond();
        assertThat(url).hasToString(server.url("/shopee") + "/api/v2/shop/auth_partner?partner_id=2001001&timestamp="
                + timestamp + "&sign=" + ShopeeSigner.signPublic("partner-key", "2001001",
                        "/api/v2/shop/auth_partner", timestamp)
                + "&redirect=http%3A%2F%2Flocalhost%3A8082%2Fshops%2Fcallback%2Fshopee%3Fstate%3Dn0nce");
    }

    @Test
    void postsTheCodeAndShopToThePublicTokenApi() {
        // one body answers the token exchange and the shop's logistics channels
        server.answer(200, """
                {"refresh_token":"new-refresh","access_token":"new-access","expire_in":14344,"request_id":"r1",
                 "error":"","message":"","response":{"logistics_channel_list":[{"logistics_channel_id":80013,
                 "enabled":false},{"logistics_channel_id":80014,"enabled":true}]}}""");

        ShopAuthorization shop = auth().exchange(APP, "c0de", "300200001");

        assertThat(server.received()).hasSize(2);
        WireServer.Received channels = server.last();
        assertThat(channels.method()).isEqualTo("GET");
        assertThat(channels.path()).isEqualTo("/shopee/api/v2/logistics/get_channel_list");
        assertThat(channels.query()).containsEntry("access_token", "new-access").containsEntry("shop_id", "300200001");
        WireServer.Received call = server.received().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/shopee/api/v2/auth/token/get");
        assertThat(call.query()).containsOnlyKeys("partner_id", "timestamp", "sign");
        assertThat(call.query().get("sign")).isEqualTo(ShopeeSigner.signPublic("partner-key", "2001001",
                "/api/v2/auth/token/get", NOW.getEpochSecond()));
        assertThat(call.body()).isEqualTo("{\"code\":\"c0de\",\"shop_id\":300200001,\"partner_id\":2001001}");
        assertThat(shop).isEqualTo(new ShopAuthorization("300200001", "", null, Map.of("logistic_id", "80014"),
                new TokenGrant("new-access", NOW.plusSeconds(14344), "new-refresh", null)));
    }

    @Test
    void aUsedCodeOrACodeForAnotherShopIsARefusal() {
        server.answer(403, "{\"request_id\":\"r2\",\"error\":\"invalid_code\",\"message\":\"The code is "
                + "expired or used or invalid.\"}");

        assertThatThrownBy(() -> auth().exchange(APP, "used-code", "300200001"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED))
                .hasMessageContaining("expired or used");

        server.answer(403, "{\"error\":\"invalid_shop_id\",\"message\":\"The code or shop_id is wrong.\"}");
        assertThatThrownBy(() -> auth().exchange(APP, "c0de", "300100001"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED));
    }

    @Test
    void postsTheRefreshTokenToThePublicTokenApiSignedWithoutShopOrToken() {
        server.answer(200, """
                {"refresh_token":"new-refresh","access_token":"new-access","expire_in":14400,"request_id":"r1",
                 "error":"","message":"","partner_id":2001001,"shop_id":300100001}""");

        TokenGrant grant = auth().refresh(SHOP, "old-refresh");

        WireServer.Received call = server.last();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/shopee/api/v2/auth/access_token/get");
        assertThat(call.query()).containsOnlyKeys("partner_id", "timestamp", "sign");
        assertThat(call.query().get("timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(call.query().get("sign")).isEqualTo(ShopeeSigner.signPublic("partner-key", "2001001",
                "/api/v2/auth/access_token/get", NOW.getEpochSecond()));
        assertThat(call.body())
                .isEqualTo("{\"refresh_token\":\"old-refresh\",\"partner_id\":2001001,\"shop_id\":300100001}");
        assertThat(grant).isEqualTo(new TokenGrant("new-access", NOW.plusSeconds(14400), "new-refresh", null));
    }

    @Test
    void aRefusedRefreshTokenIsAnAuthenticationFailure() {
        server.answer(403, "{\"request_id\":\"r2\",\"error\":\"error_auth\",\"message\":\"Invalid refresh_token.\"}");

        assertThatThrownBy(() -> auth().refresh(SHOP, "used-refresh"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.AUTHENTICATION))
                .hasMessageNotContaining("used-refresh");
    }

    @Test
    void aServerErrorIsTransient() {
        server.answer(503, "{\"error\":\"error_server\",\"message\":\"busy\"}");

        assertThatThrownBy(() -> auth().refresh(SHOP, "old-refresh"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.TRANSIENT));
    }
}
