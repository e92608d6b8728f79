package id.tenun.marketplaces.tokopedia;

import java.time.Clock;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.MarketplaceWebhooks;
import tools.jackson.databind.json.JsonMapper;

/** Tokopedia and TikTok Shop, wired from its settings. */
public final class TokopediaChannel implements MarketplaceChannel {

    private final MarketplaceListings listings;

    private final MarketplaceOrders orders;

    private final MarketplaceWebhooks webhooks;

    private TokopediaChannel(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        TokopediaClient client = new TokopediaClient(settings, clock, json);
        this.listings = new TokopediaListings(settings, client);
        this.orders = new TokopediaOrders(settings, client);
        this.webhooks = new TokopediaWebhooks(settings, clock, json);
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        return new TokopediaChannel(settings, clock);
    }

    @Override
    public Channel channel() {
        return Channel.TOKOPEDIA;
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
