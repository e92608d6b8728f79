package id.tenun.sandbox.sellers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.buyers.ChannelOrders;

/** The control view of the shops each channel serves: configured ones, then those sellers opened (never a token). */
@RestController
class ShopsController {

    private final List<ChannelOrders> channels;

    private final SellerShops opened;

    ShopsController(List<ChannelOrders> channels, SellerShops opened) {
        this.channels = channels;
        this.opened = opened;
    }

    /** A shop; {@code seller}, {@code name} and {@code openedAt} are null for a configured shop. */
    record ShopView(String channel, String shopId, boolean configured, String seller, String name, Instant openedAt) {
    }

    @GetMapping("/sandbox/shops")
    List<ShopView> shops(@RequestParam(required = false) String channel) {
        List<ShopView> shops = new ArrayList<>();
        for (ChannelOrders orders : channels) {
            if (channel != null && !channel.equals(orders.channel())) {
                continue;
            }
            for (String shopId : orders.shopIds()) {
                Optional<SellerShops.Shop> shop = opened.find(orders.channel(), shopId);
                shops.add(new ShopView(orders.channel(), shopId, shop.isEmpty(),
                        shop.map(SellerShops.Shop::seller).orElse(null), shop.map(SellerShops.Shop::name).orElse(null),
                        shop.map(SellerShops.Shop::openedAt).orElse(null)));
            }
        }
        return shops;
    }
}
