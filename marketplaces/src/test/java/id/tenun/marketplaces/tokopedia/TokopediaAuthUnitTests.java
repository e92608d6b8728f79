package id.tenun.marketplaces.tokopedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceApp;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopAuthorization;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;
import id.tenun.marketplaces.WireServer;

class TokopediaAuthUnitTests {

    static final ShopCredentials SHOP = new ShopCredentials("7495000000000000001", "29a39d", "e59af819cc",
            "old-access", "ROW_cipher");

    static final MarketplaceApp APP = new MarketplaceApp("29a39d", "e59af819cc", "7495900000000000001");

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    final WireServer server = new WireServer();

    final WireServer api = new WireServer();

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    /** The token endpoints on {@code server}, the seller API on {@code api}, the page on the services host. */
    MarketplaceAuth authorization() {
        ChannelSettings settings = new ChannelSettings(api.url("/api"), Duration.ofSeconds(2), Duration.ofSeconds(2),
                5, null, null, List.of(), server.url("/auth"), URI.create("https://services.tiktokshop.com"));
        return Marketplaces.create(Map.of(Channel.TOKOPEDIA, settings), Clock.fixed(NOW, ZoneOffset.UTC))
                .auth("tokopedia");
    }

    @Test
    void sendsTheSellerToTheServiceAuthorizationPageWithTheState() {
        URI url = authorization().authorizationUrl(APP, "s+t/ate", "http://localhost:8082/shops/callback/tokopedia");

        assertThat(url).hasToString(
                "https://services.tiktokshop.com/open/authorize?service_id=7495900000000000001&state=s%2Bt%2Fate");
    }

    @Test
    void exchangesTheCodeOnTheAuthorizationHostThenAsksWhichShopTheTokensAreFor() {
        server.answer(200, """
                {"code":0,"message":"success","request_id":"r1","data":{"access_token":"TTP_new-access",
                 "access_token_expire_in":1765166400,"refresh_token":"TTP_new-refresh",
                 "refresh_token_expire_in":1796702400,"open_id":"o","seller_name":"Tenun Sikka",
                 "seller_base_region":"ID","user_type":0}}""");
        // one body answers both questions of the seller API: which shops, which warehouses
        api.answer(200, """
                {"code":0,"message":"Success","request_id":"r2","data":{"shops":[{"id":"7495000000000001001",
                 "name":"Toko Tenun Sikka","region":"ID","seller_type":"LOCAL","cipher":"ROW_sbx1001",
                 "code":"IDLCS1001"}],"warehouses":[{"id":"7495000000000000009","type":"RETURN_WAREHOUSE",
                 "effect_status":"ENABLED"},{"id":"7495000000000001101","type":"SALES_WAREHOUSE",
                 "effect_status":"ENABLED","is_default":true}]}}""");

        ShopAuthorization shop = authorization().exchange(APP, "c0de", null);

        WireServer.Received exchange = server.last();
        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.path()).isEqualTo("/auth/api/v2/token/get");
        assertThat(exchange.query()).containsExactly(Map.entry("app_key", "29a39d"),
                Map.entry("app_secret", "e59af819cc"), Map.entry("auth_code", "c0de"),
                Map.entry("grant_type", "authorized_code"));
        assertThat(api.received()).hasSize(2);
        WireServer.Received shops = api.received().get(0);
        assertThat(shops.method()).isEqualTo("GET");
        assertThat(shops.path()).isEqualTo("/api/authorization/202309/shops");
        assertThat(shops.query()).containsOnlyKeys("app_key", "timestamp", "sign");
        assertThat(shops.query().get("timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(shops.query().get("sign")).isEqualTo(TokopediaSigner.sign("e59af819cc",
                "/authorization/202309/shops", Map.of("app_key", "29a39d", "timestamp",
                        Long.toString(NOW.getEpochSecond())),
                null));
        assertThat(shops.headers().get("X-tts-access-token")).containsExactly("TTP_new-access");
        WireServer.Received warehouses = api.last();
        assertThat(warehouses.path()).isEqualTo("/api/logistics/202309/warehouses");
        assertThat(warehouses.query()).containsEntry("shop_cipher", "ROW_sbx1001").containsKey("sign");
        assertThat(warehouses.headers().get("X-tts-access-token")).containsExactly("TTP_new-access");
        assertThat(shop).isEqualTo(new ShopAuthorization("7495000000000001001", "ROW_sbx1001", "Tenun Sikka",
                Map.of("warehouse_id", "7495000000000001101"),
                new TokenGrant("TTP_new-access", Instant.ofEpochSecond(1765166400), "TTP_new-refresh",
                        Instant.ofEpochSecond(1796702400))));
        assertThat(shop.toString()).doesNotContain("TTP_new-access").doesNotContain("TTP_new-refresh");
    }

    @Test
    void aRefusedCodeIsARefusal() {
        server.answer(200, "{\"code\":36004004,\"message\":\"invalid auth code\",\"request_id\":\"r3\"}");

        assertThatThrownBy(() -> authorization().exchange(APP, "used-code", null))
                .isInstanceOfSatisfying(MarketplaceCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED))
                .hasMessageContaining("invalid auth code")
                .hasMessageNotContaining("used-code");
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
