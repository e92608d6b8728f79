package id.tenun.order.marketplace;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

/** The marketplace adapters, built from {@link MarketplaceProperties}; and the list of connected shops. */
@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    @Bean
    Marketplaces marketplaces(MarketplaceProperties properties, Clock clock) {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        properties.channels().forEach((id, channel) -> settings.put(Channel.of(id), settings(channel)));
        return Marketplaces.create(settings, clock);
    }

    @Bean
    ConnectedShops connectedShops(MarketplaceProperties properties) {
        List<ConnectedShops.Shop> shops = new ArrayList<>();
        properties.channels().forEach((id, channel) -> channel.shops()
                .forEach(shop -> shops.add(new ConnectedShops.Shop(Channel.of(id).id(), shop.shopId()))));
        return new ConnectedShops(shops);
    }

    static ChannelSettings settings(MarketplaceProperties.Channel channel) {
        List<ShopCredentials> shops = channel.shops().stream()
                .map(shop -> new ShopCredentials(shop.shopId(), channel.appKey(), channel.appSecret(),
                        shop.accessToken(),
                        shop.shopCipher(), shop.options()))
                .toList();
        return new ChannelSettings(channel.baseUrl(), Duration.ofSeconds(3), channel.requestTimeout(), 10,
                channel.webhookCallbackUrl(), channel.webhookTolerance(), shops);
    }
}
