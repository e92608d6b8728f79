package id.tenun.listing.connection;

import id.tenun.marketplaces.Channel;

/**
 * Connect (or reconfigure) a group's shop on a channel. Credentials may be left out when the shop stays the same:
 * the stored ones are kept. Validates itself; a bad field is an {@link IllegalArgumentException} naming it.
 */
public record ConnectShop(String groupId, String channel, String shopId, ShopSecrets secrets,
        ProductSelection products, PriceRule price, StockRule stock) {

    public ConnectShop {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("groupId is required");
        }
        Channel known = Channel.byId(channel)
                .orElseThrow(() -> new IllegalArgumentException("channel must be one of " + Channel.ids() + ", was "
                        + channel));
        if (shopId == null || !shopId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("shopId must be 1 to 64 letters, digits, '-' or '_'");
        }
        if (secrets != null) {
            required(secrets.appKey(), "credentials.appKey");
            required(secrets.appSecret(), "credentials.appSecret");
            required(secrets.accessToken(), "credentials.accessToken");
            if (known.needsShopCipher()) {
                required(secrets.shopCipher(), "credentials.shopCipher");
            }
        }
        products = products == null ? ProductSelection.ALL : products;
        price = price == null ? PriceRule.AS_CATALOG : price;
        stock = stock == null ? StockRule.ALL : stock;
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

}
