package id.tenun.marketplaces.lazada;

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
 * Lazada seller authorization and token refresh on the authorization host. The seller grants on
 * {@code /oauth/authorize?response_type=code&force_auth=true&redirect_uri&client_id&state} (beside the host's
 * {@code /rest}) and comes back with {@code code} and {@code state}; the code is exchanged by {@code
 * /auth/token/create} (refresh: {@code /auth/token/refresh} with {@code refresh_token}), signed as every Lazada call
 * without an access token → {@code {code:"0", access_token, refresh_token, expires_in, refresh_expires_in, country,
 * country_user_info:[{country, seller_id}]}} at the top level, both lifetimes in seconds; the shop is the
 * {@code seller_id} of the answer's country.
 */
final class LazadaAuth implements MarketplaceAuth {

    static final String AUTHORIZE_PATH = "/oauth/authorize";

    static final String TOKEN_PATH = "/auth/token/create";

    static final String REFRESH_PATH = "/auth/token/refresh";

    private final ChannelSettings settings;

    private final LazadaClient client;

    LazadaAuth(ChannelSettings settings, LazadaClient client) {
        this.settings = settings;
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
    }

    @Override
    public URI authorizationUrl(MarketplaceApp app, String state, String redirectUrl) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("force_auth", "true");
        query.put("redirect_uri", redirectUrl);
        query.put("client_id", app.appKey());
        query.put("state", state);
        String root = settings.authorizationPageRoot();
        String host = root.endsWith("/rest") ? root.substring(0, root.length() - "/rest".length()) : root;
        return URI.create(host + AUTHORIZE_PATH + "?" + HttpTransport.query(query));
    }

    @Override
    public ShopAuthorization exchange(MarketplaceApp app, String code, String shopId) {
        LazadaClient.Reply reply = client.postAuth(app.asShop(shopId, ""), TOKEN_PATH, Map.of("code", code));
        if ("InvalidCode".equals(reply.code())) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, reply.summary(), null);
        }
        JsonNode answer = reply.orThrow().body();
        TokenGrant tokens = grant(answer, client.clock().instant());
        String seller = sellerId(answer);
        if (seller.isEmpty()) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED,
                    "Lazada named no seller for the granted tokens", null);
        }
        return new ShopAuthorization(seller, "", null, Map.of(), tokens);
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

    /** The seller id of the entry of the answer's country (a cross-border seller's first), or empty. */
    private static String sellerId(JsonNode answer) {
        String country = answer.path("country").asString("");
        JsonNode first = null;
        for (JsonNode entry : answer.path("country_user_info")) {
            if (country.equalsIgnoreCase(entry.path("country").asString(""))) {
                return entry.path("seller_id").asString("");
            }
            first = first == null ? entry : first;
        }
        return first == null ? "" : first.path("seller_id").asString("");
    }
}
