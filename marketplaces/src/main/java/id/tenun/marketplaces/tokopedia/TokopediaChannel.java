package id.tenun.marketplaces.tokopedia;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceChannel;

/** Tokopedia and TikTok Shop, wired from its settings. */
public final class TokopediaChannel {

    private TokopediaChannel() {
    }

    public static MarketplaceChannel create(ChannelSettings settings, Clock clock) {
        JsonMapper json = JsonMapper.builder().build();
        TokopediaClient client = new TokopediaClient(settings, clock, json);
        return new MarketplaceChannel(Channel.TOKOPEDIA, new TokopediaListings(client,
                new SkuIds(SkuIds.MAX_PRODUCTS)), new TokopediaOrders(settings, client),
                new TokopediaWebhooks(settings, clock, json), new TokopediaAuth(settings, client));
    }
}
