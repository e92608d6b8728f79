package id.tenun.listing.connection;

import java.net.URI;

/**
 * The marketplace's side of a seller authorization, as connecting a shop needs it: where to send the seller, and the
 * shop and its credentials for the code the seller came back with. Implemented where the marketplace calls are made.
 */
public interface ShopAuthorizer {

    /** The marketplace's authorization page for Tenun's app on the channel, carrying the state. */
    URI authorizationUrl(String channel, String state, String redirectUrl);

    /**
     * The shop the seller granted, with its credentials.
     *
     * @param shopId the shop id the callback carried (Shopee), or null
     * @throws CodeExchangeFailed when the marketplace refused the code or could not be reached
     */
    AuthorizedShop exchange(String channel, String code, String shopId);

    /** A shop the seller granted Tenun access to. */
    record AuthorizedShop(String shopId, String shopName, ShopSecrets secrets) {
    }

    /** The code was not exchanged: refused by the marketplace ({@code refused}), or not answered. */
    class CodeExchangeFailed extends RuntimeException {

        private final boolean refused;

        public CodeExchangeFailed(boolean refused, String marketplaceMessage) {
            super(marketplaceMessage);
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }
}
