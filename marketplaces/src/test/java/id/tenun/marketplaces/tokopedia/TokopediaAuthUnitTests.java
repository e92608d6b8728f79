package id.tenun.marketplaces.tokopedia;

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

class TokopediaAuthUnitTests {

    static final ShopCredentials SHOP = new ShopCredentials("7495000000000000001", "29a39d", "e59af819cc",
            "old-access", "ROW_cipher");

    final WireServer server = new WireServer();

    @AfterEach
    void stop() {
        server.close();
    }

    MarketplaceAuth auth() {
        return Marketplaces.create(Map.of(Channel.TOKOPEDIA, server.authOnly("/auth", SHOP)),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).auth("tokopedia");
    }

    @Test
    void refreshesOnTheAuthorizationHostWithAppKeyAndSecretAsParameters() {
        server.answer(200, """
                {"code":0,"message":"success","request_id":"r1","data":{"access_token":"ROW_new-access",
                 "access_token_expire_in":1764561600,"refresh_token":"ROW_new-refresh",
                 "refresh_token_expire_in":1767153600,"open_id":"o","seller_name":"Kupang"}}""");

        TokenGrant grant = auth().refresh(SHOP, "ROW_old-refresh");

        WireServer.Received call = server.last();
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/auth/api/v2/token/refresh");
        assertThat(call.query()).containsExactly(Map.entry("app_key", "29a39d"), Map.entry("app_secret", "e59af819cc"),
                Map.entry("refresh_token", "ROW_old-refresh"), Map.entry("grant_type", "refresh_token"));
        assertThat(call.headers()).doesNotContainKey("X-tts-access-token");
        assertThat(grant).isEqualTo(new TokenGrant("ROW_new-access", Instant.ofEpochSecond(1764561600),
                "ROW_new-refresh", Instant.ofEpochSecond(1767153600)));
        assertThat(grant.toString()).doesNotContain("ROW_new-access").doesNotContain("ROW_new-refresh");
    }

    @Test
    void aRefusedRefreshTokenIsARefusalNotAnOutage() {
        server.answer(200,
                "{\"code\":36004004,\"message\":\"invalid refresh_token\",\"request_id\":\"r2\",\"data\":null}");

        assertThatThrownBy(() -> auth().refresh(SHOP, "ROW_used"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED))
                .hasMessageNotContaining("ROW_used");
    }

    @Test
    void anAnswerWithoutTokensIsTransient() {
        server.answer(200, "{\"code\":0,\"message\":\"success\",\"data\":{}}");

        assertThatThrownBy(() -> auth().refresh(SHOP, "ROW_old"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.TRANSIENT));
    }
}
