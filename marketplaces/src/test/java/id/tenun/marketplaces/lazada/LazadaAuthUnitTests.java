package id.tenun.marketplaces.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
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

class LazadaAuthUnitTests {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    static final ShopCredentials SHOP = new ShopCredentials("1000100001", "100001", "helloworld", "old-access", null);

    final WireServer server = new WireServer();

    @AfterEach
    void stop() {
        server.close();
    }

    MarketplaceAuth auth() {
        return Marketplaces.create(Map.of(Channel.LAZADA, server.authOnly("/rest", SHOP)),
                Clock.fixed(NOW, ZoneOffset.UTC)).auth("lazada");
    }

    @Test
    void refreshesOnTheAuthorizationHostSignedLikeEveryCallWithoutAnAccessToken() {
        server.answer(200, """
                {"access_token":"new-access","refresh_token":"new-refresh","expires_in":604800,
                 "refresh_expires_in":2592000,"account":"kupang@example.id","country":"id","code":"0",
                 "request_id":"r1"}""");

        TokenGrant grant = auth().refresh(SHOP, "old-refresh");

        WireServer.Received call = server.last();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/rest/auth/token/refresh");
        assertThat(call.query()).containsOnlyKeys("app_key", "timestamp", "sign_method", "sign");
        assertThat(call.query().get("timestamp")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(call.form()).containsExactly(Map.entry("refresh_token", "old-refresh"));
        Map<String, String> signed = new HashMap<>(call.query());
        signed.putAll(call.form());
        assertThat(call.query().get("sign")).isEqualTo(LazadaSigner.sign("helloworld", "/auth/token/refresh", signed));
        assertThat(grant).isEqualTo(new TokenGrant("new-access", NOW.plusSeconds(604800), "new-refresh",
                NOW.plusSeconds(2592000)));
    }

    @Test
    void aRefusedRefreshTokenIsARefusal() {
        server.answer(200, "{\"type\":\"ISV\",\"code\":\"IllegalRefreshToken\",\"message\":\"The specified refresh "
                + "token is invalid or expired\",\"request_id\":\"r2\"}");

        assertThatThrownBy(() -> auth().refresh(SHOP, "used-refresh"))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED))
                .hasMessageContaining("refresh token is invalid");
    }
}
