package id.tenun.sandbox.lazada;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.sellers.ChannelShops;
import id.tenun.sandbox.sellers.SellerShops;

/**
 * The Lazada sellers the sandbox serves: the configured ones, then those opened on the authorization page (no initial
 * token: theirs come from a code exchange).
 */
@Component
class LazadaShops extends ChannelShops<LazadaSandboxProperties.Shop> {

    static final long FIRST_OPENED_SELLER_ID = 1_000_200_001L;

    LazadaShops(LazadaSandboxProperties properties, SellerShops opened, ShopTokens tokens) {
        super("lazada", properties.shops(),
                shop -> new LazadaSandboxProperties.Shop(shop.shopId(), null, properties.newShopQuotaPerSecond(),
                        null),
                properties.accessTokenLifetime(), properties.refreshTokenLifetime(), opened, tokens);
    }
}
