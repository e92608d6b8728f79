package id.tenun.marketplaces.tokopedia;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceApp;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.ShopAuthorization;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;
import id.tenun.marketplaces.http.HttpTransport;

/**
 * TikTok Shop seller authorization and token refresh. The seller grants on {@code /open/authorize?service_id&state}
 * (the authorization page's host); the code comes back to the app's registered redirect URL and is exchanged on the
 * authorization host, unsigned, the app key and secret as parameters: {@code GET /api/v2/token/get?app_key&
 * app_secret&auth_code&grant_type=authorized_code} (refresh: {@code /api/v2/token/refresh?app_key&app_secret&
 * refresh_token&grant_type=refresh_token}) → {@code {code:0, data:{access_token, access_token_expire_in,
 * refresh_token, refresh_token_expire_in, seller_name}}}, the expiries as unix seconds (points in time, not
 * durations). The shop the tokens are for comes from {@code GET /authorization/202309/shops}, signed with the new
 * access token and no shop cipher: {@code {code:0, data:{shops:[{id, name, cipher}]}}}; its default sales warehouse
 * (which every product's inventory names) from {@code GET /logistics/202309/warehouses} [B: answer
 * {@code {data:{warehouses:[{id, type:"SALES_WAREHOUSE", effect_status:"ENABLED", is_default}]}}}].
 */
final class TokopediaAuth implements MarketplaceAuth {

    static final String AUTHORIZE_PATH = "/open/authorize";

    static final String TOKEN_PATH = "/api/v2/token/get";

    static final String REFRESH_PATH = "/api/v2/token/refresh";

    static final String SHOPS_PATH = "/authorization/202309/shops";

    static final String WAREHOUSES_PATH = "/logistics/202309/warehouses";

    private final ChannelSettings settings;

    private final TokopediaClient client;

    TokopediaAuth(ChannelSettings settings, TokopediaClient client) {
        this.settings = settings;
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.TOKOPEDIA;
    }

    @Override
    public URI authorizationUrl(MarketplaceApp app, String state, String redirectUrl) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service_id", app.serviceId());
        query.put("state", state);
        return URI.create(settings.authorizationPageRoot() + AUTHORIZE_PATH + "?" + HttpTransport.query(query));
    }

    @Override
    public ShopAuthorization exchange(MarketplaceApp app, String code, String shopId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", app.appKey());
        query.put("app_secret", app.appSecret());
        query.put("auth_code", code);
        query.put("grant_type", "authorized_code");
        JsonNode data = client.auth(TOKEN_PATH, query).orThrow().data();
        TokenGrant tokens = grant(data);
        JsonNode shops = client.call(app.asShop("", tokens.accessToken()), "GET", SHOPS_PATH, Map.of(), null)
                .orThrow()
                .data()
                .path("shops");
        if (!shops.isArray() || shops.isEmpty() || shops.get(0).path("id").asString("").isEmpty()) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED,
                    "TikTok Shop named no authorized shop for the granted tokens", null);
        }
        JsonNode shop = shops.get(0);
        String cipher = shop.path("cipher").asString("");
        String sellerName = data.path("seller_name").asString("");
        return new ShopAuthorization(shop.path("id").asString(), cipher,
                sellerName.isEmpty() ? shop.path("name").asString(null) : sellerName,
                salesWarehouse(new ShopCredentials(shop.path("id").asString(), app.appKey(), app.appSecret(),
                        tokens.accessToken(), cipher)),
                tokens);
    }

    /**
     * The shop's default enabled sales warehouse as option {@code warehouse_id}; none if the marketplace did not say
     * (the code is spent by now: the tokens are kept, and a listing is then refused in the marketplace's words).
     */
    private Map<String, String> salesWarehouse(ShopCredentials shop) {
        try {
            JsonNode chosen = null;
            for (JsonNode warehouse : client.call(shop, "GET", WAREHOUSES_PATH, Map.of(), null).orThrow().data()
                    .path("warehouses")) {
                boolean sales = "SALES_WAREHOUSE".equals(warehouse.path("type").asString(""))
                        && "ENABLED".equals(warehouse.path("effect_status").asString("ENABLED"));
                if (sales && (chosen == null || warehouse.path("is_default").asBoolean(false))) {
                    chosen = warehouse;
                }
            }
            return chosen == null ? Map.of() : Map.of("warehouse_id", chosen.path("id").asString(""));
        } catch (MarketplaceCallFailed failed) {
            return Map.of();
        }
    }

    @Override
    public TokenGrant refresh(ShopCredentials shop, String refreshToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", shop.appKey());
        query.put("app_secret", shop.appSecret());
        query.put("refresh_token", refreshToken);
        query.put("grant_type", "refresh_token");
        return grant(client.auth(REFRESH_PATH, query).orThrow().data());
    }

    static TokenGrant grant(JsonNode data) {
        return TokenGrant.read("TikTok Shop", data.path("access_token").asString(""),
                epochSeconds(data.path("access_token_expire_in")), data.path("refresh_token").asString(""),
                epochSeconds(data.path("refresh_token_expire_in")));
    }

    private static Instant epochSeconds(JsonNode value) {
        long seconds = value.asLong(0);
        return seconds > 0 ? Instant.ofEpochSecond(seconds) : null;
    }
}
