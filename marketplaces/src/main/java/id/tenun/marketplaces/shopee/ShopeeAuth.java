package id.tenun.marketplaces.shopee;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;

/**
 * Shopee token refresh: {@code POST /api/v2/auth/access_token/get}, a public API (signed {@code partner_id + path +
 * timestamp}), body {@code {refresh_token, partner_id, shop_id}} → {@code {access_token, refresh_token, expire_in}}
 * at the top level, {@code expire_in} in seconds (4 hours). The refresh token rotates; its own expiry (30 days [B]) is
 * not in the answer.
 */
final class ShopeeAuth implements MarketplaceAuth {

    static final String REFRESH_PATH = "/api/v2/auth/access_token/get";

    private final ShopeeClient client;

    ShopeeAuth(ShopeeClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
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
