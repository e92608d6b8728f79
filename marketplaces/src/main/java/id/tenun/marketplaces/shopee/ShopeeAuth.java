package id.tenun.marketplaces.shopee;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
 * Shopee seller authorization and token refresh, all public APIs (signed {@code partner_id + path + timestamp}). The
 * seller grants on {@code /api/v2/shop/auth_partner?partner_id&timestamp&sign&redirect} (no state: it travels in the
 * redirect address) and comes back with {@code code} and {@code shop_id}; the code is exchanged by {@code POST
 * /api/v2/auth/token/get}, body {@code {code, shop_id, partner_id}} (refresh: {@code POST
 * /api/v2/auth/access_token/get}, body {@code {refresh_token, partner_id, shop_id}}) → {@code {access_token,
 * refresh_token, expire_in, error:"", message:""}} at the top level, {@code expire_in} in seconds (4 hours). The
 * refresh token rotates; its own expiry (30 days) is not in the answer. The shop's first enabled logistics channel
 * (which every product enables) comes from {@code GET /api/v2/logistics/get_channel_list} [B: answer
 * {@code {response:{logistics_channel_list:[{logistics_channel_id, enabled}]}}}].
 */
final class ShopeeAuth implements MarketplaceAuth {

    static final String AUTHORIZE_PATH = "/api/v2/shop/auth_partner";

    static final String TOKEN_PATH = "/api/v2/auth/token/get";

    static final String REFRESH_PATH = "/api/v2/auth/access_token/get";

    static final String CHANNELS_PATH = "/api/v2/logistics/get_channel_list";

    /** Shopee's words for a code that is expired, used, unknown, or for another shop. */
    static final Set<String> REFUSED_CODE_ERRORS = Set.of("invalid_code", "invalid_shop_id");

    private final ChannelSettings settings;

    private final ShopeeClient client;

    ShopeeAuth(ChannelSettings settings, ShopeeClient client) {
        this.settings = settings;
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    @Override
    public URI authorizationUrl(MarketplaceApp app, String state, String redirectUrl) {
        long timestamp = client.clock().instant().getEpochSecond();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("partner_id", app.appKey());
        query.put("timestamp", Long.toString(timestamp));
        query.put("sign", ShopeeSigner.signPublic(app.appSecret(), app.appKey(), AUTHORIZE_PATH, timestamp));
        query.put("redirect", redirectUrl + (redirectUrl.contains("?") ? "&" : "?") + "state="
                + HttpTransport.encode(state));
        return URI.create(settings.authorizationPageRoot() + AUTHORIZE_PATH + "?" + HttpTransport.query(query));
    }

    @Override
    public ShopAuthorization exchange(MarketplaceApp app, String code, String shopId) {
        if (shopId == null || shopId.isBlank()) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED,
                    "Shopee sent the code without the shop_id it is for", null);
        }
        ObjectNode body = client.json().createObjectNode();
        body.put("code", code);
        putId(body, "shop_id", shopId);
        putId(body, "partner_id", app.appKey());
        ShopeeClient.Reply reply = client.postPublic(app.asShop(shopId, ""), TOKEN_PATH, body);
        if (REFUSED_CODE_ERRORS.contains(reply.error())) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, reply.summary(), null);
        }
        TokenGrant tokens = grant(reply.orThrow().body(), client.clock().instant());
        return new ShopAuthorization(shopId, "", null, logistics(app.asShop(shopId, tokens.accessToken())), tokens);
    }

    /**
     * The shop's first enabled logistics channel as option {@code logistic_id}; none if the marketplace did not say
     * (the code is spent by now: the tokens are kept, and a listing is then refused in the marketplace's words).
     */
    private Map<String, String> logistics(ShopCredentials shop) {
        try {
            for (JsonNode channel : client.get(shop, CHANNELS_PATH, Map.of()).orThrow().response()
                    .path("logistics_channel_list")) {
                if (channel.path("enabled").asBoolean(false)) {
                    return Map.of("logistic_id", channel.path("logistics_channel_id").asString(""));
                }
            }
            return Map.of();
        } catch (MarketplaceCallFailed failed) {
            return Map.of();
        }
    }

    @Override
    public TokenGrant refresh(ShopCredentials shop, String refreshToken) {
        ObjectNode body = client.json().createObjectNode();
        body.put("refresh_token", refreshToken);
        putId(body, "partner_id", shop.appKey());
        putId(body, "shop_id", shop.shopId());
        return grant(client.postPublic(shop, REFRESH_PATH, body).orThrow().body(), client.clock().instant());
    }

    static TokenGrant grant(JsonNode answer, Instant now) {
        long expiresIn = answer.path("expire_in").asLong(0);
        return TokenGrant.read("Shopee", answer.path("access_token").asString(""),
                expiresIn > 0 ? now.plusSeconds(expiresIn) : null, answer.path("refresh_token").asString(""), null);
    }

    /** Shopee's ids are numbers in JSON bodies. */
    private static void putId(ObjectNode body, String field, String id) {
        if (id.matches("\\d{1,18}")) {
            body.put(field, Long.parseLong(id));
        } else {
            body.put(field, id);
        }
    }
}
