package id.tenun.marketplaces;

import java.util.Objects;

/** The ports of one channel, as its package wires them from the channel's settings. */
public record MarketplaceChannel(Channel channel, MarketplaceListings listings, MarketplaceOrders orders,
        MarketplaceWebhooks webhooks, MarketplaceAuth auth) {

    public MarketplaceChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(listings, "listings");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(auth, "auth");
    }
}
