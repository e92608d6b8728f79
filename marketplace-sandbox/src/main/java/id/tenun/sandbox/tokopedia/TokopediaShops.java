package id.tenun.sandbox.tokopedia;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.sellers.ChannelShops;
import id.tenun.sandbox.sellers.SellerShops;

/**
 * The TikTok Shop shops the sandbox serves: the configured ones, then those sellers opened on the authorization page
 * (cipher {@code ROW_sbx<shop id>}, warehouse id = shop id + 100, no initial token: theirs come from a code exchange).
 */
@Component
class TokopediaShops extends ChannelShops<TokopediaSandboxProperties.Shop> {

    static final long FIRST_OPENED_SHOP_ID = 7_495_000_000_000_001_001L;

    TokopediaShops(TokopediaSandboxProperties properties, SellerShops opened, ShopTokens tokens) {
        super("tokopedia", properties.shops(),
                shop -> new TokopediaSandboxProperties.Shop(shop.shopId(), "ROW_sbx" + shop.shopId(), null,
                        Long.toString(Long.parseLong(shop.shopId()) + 100), properties.newShopQuotaPerSecond(), null),
                properties.accessTokenLifetime(), properties.refreshTokenLifetime(), opened, tokens);
    }

    Optional<TokopediaSandboxProperties.Shop> byCipher(String cipher) {
        return all().stream().filter(shop -> shop.shopCipher().equals(cipher)).findFirst();
    }

    /** The shop's name as a seller gave it, or a made-up one for a configured shop. */
    String name(String shopId) {
        return openedName(shopId).orElse("Sandbox " + shopId);
    }
}
