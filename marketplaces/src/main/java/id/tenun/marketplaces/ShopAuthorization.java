package id.tenun.marketplaces;

import java.util.Map;
import java.util.Objects;

/**
 * What a seller's authorization gave Tenun once its code was exchanged: which shop (its id, TikTok Shop's cipher,
 * the name where the marketplace says it), what its listings need that only the shop knows, and the shop's tokens.
 * Secrets never appear in {@link #toString()}.
 *
 * @param shopCipher TikTok Shop's {@code shop_cipher}; empty elsewhere
 * @param shopName the seller's or shop's name where the marketplace gives it (TikTok Shop), else null
 * @param options the {@link ShopCredentials#options()} its listings need, read from the shop: TikTok Shop's default
 *        sales warehouse ({@code warehouse_id}), Shopee's first enabled logistics channel ({@code logistic_id});
 *        left out when the marketplace did not tell
 */
public record ShopAuthorization(String shopId, String shopCipher, String shopName, Map<String, String> options,
        TokenGrant tokens) {

    public ShopAuthorization {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(tokens, "tokens");
        shopCipher = shopCipher == null ? "" : shopCipher;
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
