package id.tenun.listing.connection;

import java.time.Instant;
import java.util.Map;

/**
 * A shop's credentials in the clear, only in memory: sealed at rest, never returned, never logged.
 * Which fields a channel needs: tokopedia app key/secret, access token, shop cipher (option {@code warehouse_id});
 * shopee partner id/key (as app key/secret) and access token (option {@code logistic_id}); lazada app key/secret
 * and access token. The refresh token (and its expiry where the marketplace says) is what the token refresher
 * exchanges for new tokens before the access token expires.
 */
public record ShopSecrets(String appKey, String appSecret, String accessToken, String refreshToken,
        Instant accessTokenExpiresAt, String shopCipher, Map<String, String> options, Instant refreshTokenExpiresAt) {

    public ShopSecrets {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public boolean canRefresh() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    /** The same shop with the tokens a refresh gave (the refresh token rotates). */
    public ShopSecrets renewed(String newAccessToken, Instant newAccessTokenExpiresAt, String newRefreshToken,
            Instant newRefreshTokenExpiresAt) {
        return new ShopSecrets(appKey, appSecret, newAccessToken, newRefreshToken, newAccessTokenExpiresAt, shopCipher,
                options, newRefreshTokenExpiresAt);
    }

    @Override
    public String toString() {
        return "ShopSecrets[***]";
    }

}
