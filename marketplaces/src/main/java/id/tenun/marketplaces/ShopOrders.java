package id.tenun.marketplaces;

import tools.jackson.databind.JsonNode;

/**
 * What the three marketplaces' order adapters share: their channel and an order picked out of the list a marketplace answered. A channel says only how it asks and how its orders
 * read.
 */
public abstract class ShopOrders implements MarketplaceOrders {

    private final Channel channel;

    protected ShopOrders(Channel channel) {
        this.channel = channel;
    }

    @Override
    public final Channel channel() {
        return channel;
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
