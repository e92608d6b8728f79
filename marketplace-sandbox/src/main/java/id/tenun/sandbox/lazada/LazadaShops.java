package id.tenun.sandbox.lazada;

import java.util.List;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.sellers.SellerShops;

/**
 * The Lazada sellers the sandbox serves: the configured ones, then those opened on the authorization page (no initial
 * token: theirs come from a code exchange).
 */
@Component
class LazadaShops {

    static final long FIRST_OPENED_SELLER_ID = 1_000_200_001L;

    private final LazadaSandboxProperties properties;

    private final SellerShops opened;

    LazadaShops(LazadaSandboxProperties properties, SellerShops opened) {
        this.properties = properties;
        this.opened = opened;
    }

    List<LazadaSandboxProperties.Shop> all() {
        return opened.withOpened("lazada", properties.shops(),
                shop -> new LazadaSandboxProperties.Shop(shop.shopId(), null, properties.newShopQuotaPerSecond(),
                        null));
    }
}
