package id.tenun.sandbox.shopee;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.sellers.SellerShops;

/**
 * The Shopee shops the sandbox serves: the configured ones, then those sellers opened on the authorization page (no
 * initial token: theirs come from a code exchange).
 */
@Component
class ShopeeShops {

    static final long FIRST_OPENED_SHOP_ID = 300_200_001L;

    private final ShopeeSandboxProperties properties;

    private final SellerShops opened;

    ShopeeShops(ShopeeSandboxProperties properties, SellerShops opened) {
        this.properties = properties;
        this.opened = opened;
    }

    List<ShopeeSandboxProperties.Shop> all() {
        return opened.withOpened("shopee", properties.shops(),
                shop -> new ShopeeSandboxProperties.Shop(shop.shopId(), null, properties.newShopQuotaPerSecond(),
                        null));
    }

    Optional<ShopeeSandboxProperties.Shop> byId(String shopId) {
        return all().stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }
}
