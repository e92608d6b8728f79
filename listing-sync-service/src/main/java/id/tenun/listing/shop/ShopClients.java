package id.tenun.listing.shop;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ShopConnections;
import id.tenun.listing.connection.ShopSecrets;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceAuth;
import id.tenun.marketplaces.MarketplaceChannel;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.MarketplaceOrders;
import id.tenun.marketplaces.MarketplaceWebhooks;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

/**
 * The marketplace ports of every configured channel, and each connected shop's credentials, opened only in memory.
 * The credentials are kept per connection until they change (the cache key includes the sealed value, so renewed
 * tokens are opened again); every marketplace call is given them.
 */
@Component
public class ShopClients {

    private final Map<String, ShopCredentials> opened = new ConcurrentHashMap<>();
    private final Marketplaces marketplaces;
    private final ShopConnections connections;

    ShopClients(ChannelSettingsProperties settings, ShopConnections connections, Clock clock) {
        this.marketplaces = Marketplaces.create(channelSettings(settings), clock);
        this.connections = connections;
    }

    public MarketplaceListings listings(Connection connection) {
        return channel(connection).listings();
    }

    /** The shop's order reads; each call takes the shop's {@link #credentials(Connection)}. */
    public MarketplaceOrders orders(Connection connection) {
        return channel(connection).orders();
    }

    /** The channel's webhook reader (parsing needs no shop's secret: intake verified the push already). */
    public MarketplaceWebhooks webhooks(String channel) {
        return channel(channel).webhooks();
    }

    /** The shop's token endpoint (it needs the app's key and secret, not the access token). */
    public MarketplaceAuth auth(Connection connection) {
        return channel(connection).auth();
    }

    /** The channel's authorization endpoints, for a shop not connected yet. */
    public MarketplaceAuth auth(String channel) {
        return channel(channel).auth();
    }

    /** The credentials a marketplace call takes, from the opened secrets. */
    public static ShopCredentials credentials(Connection connection, ShopSecrets secrets) {
        return new ShopCredentials(connection.shopId(), secrets.appKey(), secrets.appSecret(), secrets.accessToken(),
                secrets.shopCipher(), secrets.options());
    }

    /** The connection's credentials, opened once for each sealed value. */
    public ShopCredentials credentials(Connection connection) {
        String key = connection.id() + "/" + connection.shopId() + "/"
                + connection.credentials().ciphertext().hashCode();
        ShopCredentials cached = opened.get(key);
        if (cached != null) {
            return cached;
        }
        // opened outside the map; the connection's older credentials are dropped
        ShopCredentials credentials = credentials(connection, connections.open(connection));
        opened.keySet().removeIf(old -> old.startsWith(connection.id() + "/") && !old.equals(key));
        ShopCredentials raced = opened.putIfAbsent(key, credentials);
        return raced != null ? raced : credentials;
    }

    private MarketplaceChannel channel(Connection connection) {
        return channel(connection.channel());
    }

    private MarketplaceChannel channel(String id) {
        Channel channel = Channel.byId(id).orElse(null);
        if (channel == null || !marketplaces.channels().contains(channel)) {
            throw new IllegalStateException("No settings for channel " + id);
        }
        return marketplaces.channel(id);
    }

    private static Map<Channel, ChannelSettings> channelSettings(ChannelSettingsProperties settings) {
        Map<Channel, ChannelSettings> channels = new EnumMap<>(Channel.class);
        settings.channels().forEach((id, channel) -> Channel.byId(id).ifPresent(known -> channels.put(known,
                new ChannelSettings(channel.baseUrl(), channel.connectTimeout(), channel.requestTimeout(),
                        channel.requestsPerSecond(), null, null, null, channel.authBaseUrl(),
                        channel.authorizationPageUrl(), settings.photosUrl()))));
        return channels;
    }

}
