package id.tenun.marketplaces.lazada;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;

/**
 * Lazada token refresh on the authorization host: {@code /auth/token/refresh} signed as every Lazada call (no access
 * token), parameter {@code refresh_token} → {@code {code:"0", access_token, refresh_token, expires_in,
 * refresh_expires_in}} at the top level, both in seconds.
 */
final class LazadaAuth implements MarketplaceAuth {

    static final String REFRESH_PATH = "/auth/token/refresh";

    private final LazadaClient client;

    LazadaAuth(LazadaClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
    }

    @Override
    public TokenGrant refresh(ShopCredentials shop, String refreshToken) {
        JsonNode answer = client.postAuth(shop, REFRESH_PATH, Map.of("refresh_token", refreshToken)).orThrow().body();
        return grant(answer, client.clock().instant());
    }

    static TokenGrant grant(JsonNode answer, Instant now) {
        long expiresIn = answer.path("expires_in").asLong(0);
        long refreshExpiresIn = answer.path("refresh_expires_in").asLong(0);
        return TokenGrant.read("Lazada", answer.path("access_token").asString(""),
                expiresIn > 0 ? now.plusSeconds(expiresIn) : null, answer.path("refresh_token").asString(""),
                refreshExpiresIn > 0 ? now.plusSeconds(refreshExpiresIn) : null);
    }
}
