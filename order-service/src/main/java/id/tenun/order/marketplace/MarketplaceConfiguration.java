package id.tenun.order.marketplace;

import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceApp;
import id.tenun.marketplaces.Marketplaces;

/**
 * The marketplace adapters, built from {@link MarketplaceProperties} for the webhook intake only: they verify and
 * parse pushes; their API clients are never called here.
 */
@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    /**
     * Where the adapters' API clients would call: an address that cannot resolve ({@code .invalid}, RFC 6761), since
     * the order service makes no marketplace call and a call made by mistake must fail rather than reach anyone.
     */
    private static final URI NO_API = URI.create("http://webhook-intake-only.invalid");

    @Bean
    Marketplaces marketplaces(MarketplaceProperties properties, Clock clock) {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        properties.channels().forEach((id, channel) -> settings.put(Channel.of(id), settings(channel)));
        return Marketplaces.create(settings, clock);
    }

    /** The channel's settings: the app's key and secret, as the one "shop" whose secret verifies the pushes. */
    private static ChannelSettings settings(MarketplaceProperties.Channel channel) {
        MarketplaceApp app = new MarketplaceApp(channel.appKey(), channel.appSecret(), "");
        return new ChannelSettings(NO_API, null, null, 0, channel.webhookCallbackUrl(), channel.webhookTolerance(),
                List.of(app.asShop("", null)));
    }
}
