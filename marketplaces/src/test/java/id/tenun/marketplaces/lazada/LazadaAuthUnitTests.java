package id.tenun.marketplaces.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
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

    static final MarketplaceApp APP = new MarketplaceApp("100001", "helloworld", null);

    @Test
    void sendsTheSellerToTheOauthPageBesideTheRestRoot() {
        URI url = auth().authorizationUrl(APP, "n0nce", "http://localhost:8082/shops/callback/lazada");

        assertThat(url).hasToString(server.url("") + "/oauth/authorize?response_type=code&force_auth=true"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8082%2Fshops%2Fcallback%2Flazada&client_id=100001&state=n0nce");
    }

    @Test
    void createsTheTokensFromTheCodeSignedWithoutAnAccessTokenAndTakesTheSellerOfTheCountry() {
        server.answer(200, """
                {"access_token":"new-access","refresh_token":"new-refresh","expires_in":"604800",
                 "refresh_expires_in":2592000,"country":"id","account_platform":"seller_center",
                 "account":"ina@example.id","country_user_info":[{"country":"sg","user_id":1,"seller_id":"999"},
                 {"country":"id","user_id":1000200001,"seller_id":1000200001,"short_code":"ID1001"}],
                 "code":"0","request_id":"r1"}""");

        ShopAuthorization shop = auth().exchange(APP, "0_100132_c0de", null);

        WireServer.Received call = server.last();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/rest/auth/token/create");
        assertThat(call.query()).containsOnlyKeys("app_key", "timestamp", "sign_method", "sign");
        assertThat(call.form()).containsExactly(Map.entry("code", "0_100132_c0de"));
        Map<String, String> signed = new HashMap<>(call.query());
        signed.putAll(call.form());
        assertThat(call.query().get("sign")).isEqualTo(LazadaSigner.sign("helloworld", "/auth/token/create", signed));
        assertThat(shop).isEqualTo(new ShopAuthorization("1000200001", "", null, Map.of(),
                new TokenGrant("new-access", NOW.plusSeconds(604800), "new-refresh", NOW.plusSeconds(2592000))));
    }

    @Test
    void anInvalidCodeIsARefusalNotAnOutage() {
        server.answer(200, "{\"type\":\"ISP\",\"code\":\"InvalidCode\",\"message\":\"Invalid authorization "
                + "code\",\"request_id\":\"r3\"}");

        assertThatThrownBy(() -> auth().exchange(APP, "used-code", null))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED))
                .hasMessageContaining("Invalid authorization code");
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
