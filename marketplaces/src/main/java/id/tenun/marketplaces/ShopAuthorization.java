package id.tenun.marketplaces;

import java.util.Objects;

/**
 * What a seller's authorization gave Tenun once its code was exchanged: which shop (its id, TikTok Shop's cipher,
 * the name where the marketplace says it) and the shop's tokens. Secrets never appear in {@link #toString()}.
 *
 * @param shopCipher TikTok Shop's {@code shop_cipher}; empty elsewhere
 * @param shopName the seller's or shop's name where the marketplace gives it (TikTok Shop), else null
 */
public record ShopAuthorization(String shopId, String shopCipher, String shopName, TokenGrant tokens) {

    public ShopAuthorization {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(tokens, "tokens");
        shopCipher = shopCipher == null ? "" : shopCipher;
    }
}
