package id.tenun.listing.sync;

import java.time.Clock;
import java.util.List;
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
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

/**
 * The marketplace ports for one connected shop, with its credentials opened only in memory. Kept per connection
 * until its credentials change (the cache key includes the sealed value, so renewed tokens give a new client).
 */
@Component
class ShopClients {

    private final Map<String, MarketplaceChannel> clients = new ConcurrentHashMap<>();
    private final ChannelSettingsProperties settings;
    private final ShopConnections connections;
    private final Clock clock;

    ShopClients(ChannelSettingsProperties settings, ShopConnections connections, Clock clock) {
        this.settings = settings;
        this.connections = connections;
        this.clock = clock;
    }

    MarketplaceListings of(Connection connection) {
        return channel(connection).listings();
    }

    /** The shop's token endpoint (it needs the app's key and secret, not the access token). */
    MarketplaceAuth auth(Connection connection) {
        return channel(connection).auth();
    }

    /** The credentials a marketplace call takes, from the opened secrets. */
    static ShopCredentials credentials(Connection connection, ShopSecrets secrets) {
        return new ShopCredentials(connection.shopId(), secrets.appKey(), secrets.appSecret(), secrets.accessToken(),
                secrets.shopCipher(), secrets.options());
    }

    private MarketplaceChannel channel(Connection connection) {
        String key = connection.id() + "/" + connection.shopId() + "/" + connection.credentials().ciphertext().hashCode();
        MarketplaceChannel cached = clients.get(key);
        if (cached != null) {
            return cached;
        }
        // built outside the map (it opens the secrets); the connection's clients for older credentials are dropped
        MarketplaceChannel created = create(connection);
        clients.keySet().removeIf(old -> old.startsWith(connection.id() + "/") && !old.equals(key));
        MarketplaceChannel raced = clients.putIfAbsent(key, created);
        return raced != null ? raced : created;
    }

    private MarketplaceChannel create(Connection connection) {
        ChannelProperties channel = settings.channels().get(connection.channel());
        if (channel == null) {
            throw new IllegalStateException("No settings for channel " + connection.channel());
        }
        ChannelSettings channelSettings = new ChannelSettings(channel.baseUrl(), channel.connectTimeout(),
                channel.requestTimeout(), channel.requestsPerSecond(), null, null,
                List.of(credentials(connection, connections.open(connection))), channel.authBaseUrl());
        Channel id = Channel.of(connection.channel());
        return Marketplaces.create(Map.of(id, channelSettings), clock).channel(connection.channel());
    }

}
