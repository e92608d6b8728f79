package id.tenun.marketplaces.shopee;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;

/** Shopee, wired from its settings. */
public final class ShopeeChannel {

    private ShopeeChannel() {
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        ShopeeClient client = new ShopeeClient(settings, clock, json);
        return new MarketplaceChannel(Channel.SHOPEE, new ShopeeListings(client), new ShopeeOrders(settings, client),
                new ShopeeWebhooks(settings, clock, json), new ShopeeAuth(settings, client));
    }
}
