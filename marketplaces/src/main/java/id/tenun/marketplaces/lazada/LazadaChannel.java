package id.tenun.marketplaces.lazada;

import java.time.Clock;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.MarketplaceWebhooks;
import tools.jackson.databind.json.JsonMapper;

/** Lazada, wired from its settings. */
public final class LazadaChannel implements MarketplaceChannel {

    private final MarketplaceListings listings;

    private final MarketplaceOrders orders;

    private final MarketplaceWebhooks webhooks;

    private LazadaChannel(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        LazadaClient client = new LazadaClient(settings, clock, json);
        this.listings = new LazadaListings(settings, client);
        this.orders = new LazadaOrders(settings, client);
        this.webhooks = new LazadaWebhooks(settings, clock, json);
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        return new LazadaChannel(settings, clock);
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
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
