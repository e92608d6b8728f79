package id.tenun.catalog.product;

import java.util.Map;

/** One SKU of a product as stored; its stock lives in the product's {@code stock} map under the same SKU. */
public record Variant(String sku, Map<String, String> attributes, long priceRupiah) {

    public Variant {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
