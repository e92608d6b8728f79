package id.tenun.marketplaces;

import java.time.Instant;
import java.util.Objects;

/**
 * What a marketplace answered to a token refresh: the new access token and when it expires, and the refresh token to
 * use next time (a rotated one: the one just used stops working). Secrets never appear in {@link #toString()}.
 *
 * @param refreshTokenExpiresAt when the refresh token expires, or null where the marketplace does not say (Shopee)
 */
public record TokenGrant(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
        Instant refreshTokenExpiresAt) {

    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    /**
     * The grant a marketplace's answer carries.
     * @throws MarketplaceCallFailed of kind TRANSIENT when a token or the access token's expiry is missing (an answer
     *         that cannot be used is not a refusal: the refresh token may still be good)
     */
    public static TokenGrant read(String marketplace, String accessToken, Instant accessTokenExpiresAt,
            String refreshToken, Instant refreshTokenExpiresAt) {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()
                || accessTokenExpiresAt == null) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT,
                    marketplace + " answered a token refresh without the tokens or their expiry", null);
        }
        return new TokenGrant(accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt);
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=***, accessTokenExpiresAt=" + accessTokenExpiresAt + ", refreshToken=***, "
                + "refreshTokenExpiresAt=" + refreshTokenExpiresAt + "]";
    }
}
