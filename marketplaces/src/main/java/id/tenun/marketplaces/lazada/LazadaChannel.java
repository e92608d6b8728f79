package id.tenun.marketplaces.lazada;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;

/** Lazada, wired from its settings. */
public final class LazadaChannel {

    private LazadaChannel() {
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        LazadaClient client = new LazadaClient(settings, clock, json);
        return new MarketplaceChannel(Channel.LAZADA, new LazadaListings(client), new LazadaOrders(settings, client),
                new LazadaWebhooks(settings, clock, json), new LazadaAuth(settings, client));
    }
}
