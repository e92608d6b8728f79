package id.tenun.marketplaces;

/**
 * What a service needs to keep a shop's authorization alive: exchanging its refresh token for new tokens before the
 * access token expires.
 */
public interface MarketplaceAuth {

    Channel channel();

    /**
     * Exchanges the refresh token for a new access token and a new refresh token (TikTok Shop
     * {@code GET /api/v2/token/refresh}, Shopee {@code POST /api/v2/auth/access_token/get}, Lazada
     * {@code /auth/token/refresh}). The shop's app key and secret come from {@code shop}; its access token is not used.
     *
     * @throws MarketplaceCallFailed of kind AUTHENTICATION or REFUSED when the marketplace refused the refresh token or
     *         the app (revoked, expired, already used): the shop has to be authorized again; RATE_LIMITED or TRANSIENT
     *         when it is worth trying again later
     */
    TokenGrant refresh(ShopCredentials shop, String refreshToken);
}
