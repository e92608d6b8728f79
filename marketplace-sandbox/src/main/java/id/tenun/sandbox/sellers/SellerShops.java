package id.tenun.sandbox.sellers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The shops sellers opened on the authorization pages, per channel, in memory. A seller is known by name alone (the
 * sandbox has no passwords); a shop by the id its channel gave it, counting up from the channel's first id. The
 * configured shops are not here: they belong to no seller.
 */
@Component
public class SellerShops {

    /** Seller and shop names longer than this are refused. */
    public static final int MAX_NAME_LENGTH = 80;

    /** The most shops sellers may open on one channel: the sandbox holds everything in memory. */
    public static final int MAX_SHOPS_PER_CHANNEL = 1000;

    /** A shop a seller opened; {@code shopId} is its channel's id (TTS shop id, Shopee shop_id, Lazada seller_id). */
    public record Shop(String channel, String shopId, String name, String seller, Instant openedAt) {
    }

    private final Clock clock;

    private final List<Shop> shops = new ArrayList<>();

    SellerShops(Clock clock) {
        this.clock = clock;
    }

    /** Opens a new shop for the seller; empty when the channel already holds {@link #MAX_SHOPS_PER_CHANNEL}. */
    public synchronized Optional<Shop> open(String channel, long firstShopId, String seller, String name) {
        int opened = all(channel).size();
        if (opened >= MAX_SHOPS_PER_CHANNEL) {
            return Optional.empty();
        }
        Shop shop = new Shop(channel, Long.toString(firstShopId + opened), name, seller, clock.instant());
        shops.add(shop);
        return Optional.of(shop);
    }

    /** A channel's configured shops, then those opened on it, each as the channel's own shop record. */
    public <S> List<S> withOpened(String channel, List<S> configured, Function<Shop, S> asChannelShop) {
        List<S> all = new ArrayList<>(configured);
        all(channel).forEach(shop -> all.add(asChannelShop.apply(shop)));
        return all;
    }

    /** The shops opened on the channel (on every channel if null), oldest first. */
    public synchronized List<Shop> all(String channel) {
        return shops.stream().filter(shop -> channel == null || shop.channel().equals(channel)).toList();
    }

    public synchronized List<Shop> ofSeller(String channel, String seller) {
        return all(channel).stream().filter(shop -> shop.seller().equals(seller)).toList();
    }

    public synchronized Optional<Shop> find(String channel, String shopId) {
        return all(channel).stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }
}
