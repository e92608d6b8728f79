package id.tenun.marketplaces.tokopedia;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;

/**
 * TikTok Shop token refresh on the authorization host: {@code GET /api/v2/token/refresh?app_key&app_secret&
 * refresh_token&grant_type=refresh_token} → {@code {code:0, data:{access_token, access_token_expire_in,
 * refresh_token, refresh_token_expire_in}}}, the expiries as unix seconds (points in time, not durations).
 */
final class TokopediaAuth implements MarketplaceAuth {

    static final String REFRESH_PATH = "/api/v2/token/refresh";

    private final TokopediaClient client;

    TokopediaAuth(TokopediaClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.TOKOPEDIA;
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
