package id.tenun.marketplaces;

import tools.jackson.databind.JsonNode;

/**
 * What the three marketplaces' order adapters share: their channel, a shop's credentials from the channel's settings,
 * and an order picked out of the list a marketplace answered. A channel says only how it asks and how its orders
 * read.
 */
public abstract class ShopOrders implements MarketplaceOrders {

    private final Channel channel;

    private final ChannelSettings settings;

    protected ShopOrders(Channel channel, ChannelSettings settings) {
        this.channel = channel;
        this.settings = settings;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    protected final ShopCredentials shop(String shopId) {
        return settings.requireShop(shopId);
    }

    /** The order whose {@code idField} is the id; a refusal as the marketplace's own when none is. */
    protected static JsonNode find(JsonNode orders, String idField, String orderId) {
        for (JsonNode order : orders) {
            if (orderId.equals(order.path(idField).asString(""))) {
                return order;
            }
        }
        throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, "Order " + orderId + " not found", null);
    }
}
