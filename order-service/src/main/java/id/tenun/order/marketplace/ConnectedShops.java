package id.tenun.order.marketplace;

import java.util.List;

/** The shops Tenun holds credentials for: the ones polling watches. */
public record ConnectedShops(List<Shop> shops) {

    public ConnectedShops {
        shops = List.copyOf(shops);
    }

    public record Shop(String channel, String shopId) {
    }

    /** Whether Tenun holds credentials for this shop (webhooks of other shops are skipped). */
    public boolean connects(String channel, String shopId) {
        return shops.stream().anyMatch(shop -> shop.channel().equals(channel) && shop.shopId().equals(shopId));
    }
}
