package id.tenun.marketplaces;

/** The three ports of one channel. */
public interface MarketplaceChannel {

    Channel channel();

    MarketplaceListings listings();

    MarketplaceOrders orders();

    MarketplaceWebhooks webhooks();
}
