package id.tenun.marketplaces.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.Marketplaces;
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
