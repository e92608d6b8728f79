package id.tenun.marketplaces.tokopedia;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * TikTok Shop's own SKU ids, remembered per (shop, product) and seller SKU, so that a price or stock update needs no
 * read of the product first. Bounded: past {@code maxProducts} products, the one used least recently is dropped
 * (it is read again when needed).
 */
final class SkuIds {

    static final int MAX_PRODUCTS = 10_000;

    private final Map<String, Map<String, String>> products;

    SkuIds(int maxProducts) {
        this.products = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                return size() > maxProducts;
            }
        };
    }

    synchronized Optional<String> get(String shopId, String productId, String sellerSku) {
        Map<String, String> skus = products.get(key(shopId, productId));
        return skus == null ? Optional.empty() : Optional.ofNullable(skus.get(sellerSku));
    }

    /** Remembers the product's SKUs as an answer lists them ({@code skus[{id, seller_sku}]}), instead of any before. */
    synchronized void remember(String shopId, String productId, JsonNode skus) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode sku : skus) {
            String id = sku.path("id").asString("");
            String sellerSku = sku.path("seller_sku").asString("");
            if (!id.isEmpty() && !sellerSku.isEmpty()) {
                ids.put(sellerSku, id);
            }
        }
        if (productId.isEmpty() || ids.isEmpty()) {
            products.remove(key(shopId, productId));
        } else {
            products.put(key(shopId, productId), ids);
        }
    }

    synchronized void forget(String shopId, String productId) {
        products.remove(key(shopId, productId));
    }

    private static String key(String shopId, String productId) {
        return shopId + "/" + productId;
    }
}
