package id.tenun.listing.connection;

import java.time.Instant;
import java.util.Map;

/**
 * A shop's credentials in the clear, only in memory: sealed at rest, never returned, never logged.
 * Which fields a channel needs: tokopedia app key/secret, access token, shop cipher (option {@code warehouse_id});
 * shopee partner id/key (as app key/secret) and access token (option {@code logistic_id}); lazada app key/secret
 * and access token. Refresh tokens are kept for the token refresh.
 */
public record ShopSecrets(String appKey, String appSecret, String accessToken, String refreshToken,
        Instant accessTokenExpiresAt, String shopCipher, Map<String, String> options) {

    public ShopSecrets {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    @Override
    public String toString() {
        return "ShopSecrets[***]";
    }

}
