package id.tenun.marketplaces;

import java.net.URI;

/**
 * A shop's authorization by its seller, and keeping it alive: the link that sends the seller to the marketplace's
 * authorization page, the exchange of the code the marketplace sends back for the shop's tokens, and the exchange of
 * the refresh token for new tokens before the access token expires.
 */
public interface MarketplaceAuth {

    Channel channel();

    /**
     * Where to send the seller to grant Tenun's app access to their shop (TikTok Shop {@code /open/authorize?
     * service_id=&state=}; Shopee {@code /api/v2/shop/auth_partner?partner_id=&timestamp=&sign=&redirect=}, which has
     * no state: it travels in the redirect address's query as {@code state}; Lazada {@code /oauth/authorize?
     * response_type=code&force_auth=true&redirect_uri=&client_id=&state=}). TikTok Shop sends the seller back to the
     * redirect address registered with the app, not to {@code redirectUrl}.
     *
     * @param state the nonce the marketplace hands back with the code
     * @param redirectUrl the callback of this channel, as registered with the marketplace
     */
    URI authorizationUrl(MarketplaceApp app, String state, String redirectUrl);

    /**
     * Exchanges the code of the seller's grant for the shop's tokens and tells which shop it is (TikTok Shop
     * {@code GET /api/v2/token/get}, then its authorized shops; Shopee {@code POST /api/v2/auth/token/get}; Lazada
     * {@code /auth/token/create}).
     *
     * @param shopId the shop id the callback carried (Shopee's {@code shop_id}); null where the callback has none
     * @throws MarketplaceCallFailed of kind REFUSED when the marketplace refused the code (expired, used, unknown, or
     *         for another shop); AUTHENTICATION when it refused the app; RATE_LIMITED or TRANSIENT when it is worth
     *         trying again
     */
    ShopAuthorization exchange(MarketplaceApp app, String code, String shopId);

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
