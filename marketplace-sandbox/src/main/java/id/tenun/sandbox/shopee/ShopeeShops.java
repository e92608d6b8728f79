package id.tenun.sandbox.shopee;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.sellers.ChannelShops;
import id.tenun.sandbox.sellers.SellerShops;

/**
 * The Shopee shops the sandbox serves: the configured ones, then those sellers opened on the authorization page (no
 * initial token: theirs come from a code exchange).
 */
@Component
class ShopeeShops extends ChannelShops<ShopeeSandboxProperties.Shop> {

    static final long FIRST_OPENED_SHOP_ID = 300_200_001L;

    ShopeeShops(ShopeeSandboxProperties properties, SellerShops opened, ShopTokens tokens) {
        super("shopee", properties.shops(),
                shop -> new ShopeeSandboxProperties.Shop(shop.shopId(), null, properties.newShopQuotaPerSecond(),
                        null),
                properties.accessTokenLifetime(), properties.refreshTokenLifetime(), opened, tokens);
    }
}
