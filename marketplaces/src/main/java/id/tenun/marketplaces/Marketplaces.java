package id.tenun.marketplaces;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import id.tenun.marketplaces.lazada.LazadaChannel;
import id.tenun.marketplaces.shopee.ShopeeChannel;
import id.tenun.marketplaces.tokopedia.TokopediaChannel;

/**
 * The registry a service asks for a channel's ports by channel id ({@code tokopedia}, {@code shopee},
 * {@code lazada}); it never sees a marketplace's own types.
 */
public final class Marketplaces {

    private final Map<Channel, MarketplaceChannel> channels;

    private Marketplaces(Map<Channel, MarketplaceChannel> channels) {
        this.channels = Map.copyOf(channels);
    }

    /** Wires every configured channel; channels without settings are simply absent. */
    public static Marketplaces create(Map<Channel, ChannelSettings> settings, Clock clock) {
        Map<Channel, MarketplaceChannel> channels = new EnumMap<>(Channel.class);
        settings.forEach((channel, channelSettings) -> channels.put(channel, switch (channel) {
            case TOKOPEDIA -> TokopediaChannel.create(channelSettings, clock);
            case SHOPEE -> ShopeeChannel.create(channelSettings, clock);
            case LAZADA -> LazadaChannel.create(channelSettings, clock);
        }));
        return new Marketplaces(channels);
    }

    public static Marketplaces of(MarketplaceChannel... channels) {
        Map<Channel, MarketplaceChannel> byChannel = new EnumMap<>(Channel.class);
        for (MarketplaceChannel channel : channels) {
            byChannel.put(channel.channel(), channel);
        }
        return new Marketplaces(byChannel);
    }

    public Set<Channel> channels() {
        return channels.keySet();
    }

    public MarketplaceListings listings(String channelId) {
        return channel(channelId).listings();
    }

    public MarketplaceOrders orders(String channelId) {
        return channel(channelId).orders();
    }

    public MarketplaceWebhooks webhooks(String channelId) {
        return channel(channelId).webhooks();
    }

    public MarketplaceAuth auth(String channelId) {
        return channel(channelId).auth();
    }

    /** Every port of one channel. */
    public MarketplaceChannel channel(String channelId) {
        MarketplaceChannel channel = channels.get(Channel.of(channelId));
        if (channel == null) {
            throw new IllegalArgumentException("Marketplace channel not configured: " + channelId);
        }
        return channel;
    }
}
