package id.tenun.marketplaces.shopee;

import java.time.Clock;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.MarketplaceWebhooks;
import tools.jackson.databind.json.JsonMapper;

/** Shopee, wired from its settings. */
public final class ShopeeChannel implements MarketplaceChannel {

    private final MarketplaceListings listings;

    private final MarketplaceOrders orders;

    private final MarketplaceWebhooks webhooks;

    private ShopeeChannel(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        ShopeeClient client = new ShopeeClient(settings, clock, json);
        this.listings = new ShopeeListings(settings, client);
        this.orders = new ShopeeOrders(settings, client);
        this.webhooks = new ShopeeWebhooks(settings, clock, json);
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        return new ShopeeChannel(settings, clock);
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    @Override
    public MarketplaceListings listings() {
        return listings;
    }

    @Override
    public MarketplaceOrders orders() {
        return orders;
    }

    @Override
    public MarketplaceWebhooks webhooks() {
        return webhooks;
    }
}
