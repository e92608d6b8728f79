package id.tenun.catalog.product;

import java.util.Map;

/**
 * A variant as a client sends it: {@code sku} only for a variant that already exists (Tenun generates SKUs);
 * {@code stock} is the opening stock of a new variant (later changes go through stock adjustments).
 */
public record VariantInput(String sku, Map<String, String> attributes, Long priceRupiah, Long stock) {
}
