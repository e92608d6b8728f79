package id.tenun.marketplaces;

import java.util.Map;
import java.util.Objects;

/**
 * One shop's identity and secrets on one channel. Field meaning per channel:
 * <ul>
 * <li>tokopedia: {@code shopId} the shop id in webhooks, {@code appKey}/{@code appSecret} the app's, {@code accessToken}
 * sent in {@code x-tts-access-token}, {@code shopCipher} the shop cipher; option {@code warehouse_id};</li>
 * <li>shopee: {@code shopId} the numeric shop id, {@code appKey} the partner id, {@code appSecret} the partner key;
 * option {@code logistic_id};</li>
 * <li>lazada: {@code shopId} the seller id, {@code appKey}/{@code appSecret} the app's.</li>
 * </ul>
 * Secrets never appear in {@link #toString()}.
 */
public record ShopCredentials(String shopId, String appKey, String appSecret, String accessToken, String shopCipher,
        Map<String, String> options) {

    public ShopCredentials {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(appSecret, "appSecret");
        accessToken = accessToken == null ? "" : accessToken;
        shopCipher = shopCipher == null ? "" : shopCipher;
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public ShopCredentials(String shopId, String appKey, String appSecret, String accessToken, String shopCipher) {
        this(shopId, appKey, appSecret, accessToken, shopCipher, Map.of());
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    @Override
    public String toString() {
        return "ShopCredentials[shopId=" + shopId + ", appKey=" + appKey
                + ", appSecret=***, accessToken=***, shopCipher="
                + shopCipher + ", options=" + options + "]";
    }
}
