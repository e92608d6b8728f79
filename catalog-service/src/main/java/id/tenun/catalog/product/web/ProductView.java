package id.tenun.catalog.product.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.tenun.catalog.product.Certification;
import id.tenun.catalog.product.Dimensions;
import id.tenun.catalog.product.Product;
import id.tenun.events.Programme;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Condition;
import id.tenun.events.product.ProductSnapshot.UnpublishableReason;

/** A product as the API shows it: its fields, stock per SKU, and whether it can be listed and why not. */
record ProductView(String id, String groupId, long version, String name, String description, String categoryCode,
        List<String> channels, Map<String, String> marketplaceCategories, boolean processed, String rawMaterial,
        long weightGrams, Dimensions dimensions, List<String> imageUrls, int minimumOrder, Condition condition,
        List<VariantView> variants, List<Certification> certifications, boolean publishable,
        List<UnpublishableReason> unpublishableReasons, String villageCode, Programme programme, boolean archived,
        Instant createdAt, Instant updatedAt, String updatedBy) {

    record VariantView(String sku, Map<String, String> attributes, long priceRupiah, long stock, long oversold) {
    }

    static ProductView of(Product p, ProductSnapshot s) {
        return new ProductView(p.id(), p.groupId(), p.version(), p.name(), p.description(), p.categoryCode(),
                p.channels(), s.marketplaceCategories(), p.processed(), p.rawMaterial(), p.weightGrams(),
                p.dimensions(), p.imageUrls(), p.minimumOrder(), p.condition(),
                p.variants().stream().map(v -> new VariantView(v.sku(), v.attributes(), v.priceRupiah(),
                        p.stockOf(v.sku()), p.oversold().getOrDefault(v.sku(), 0L))).toList(),
                p.certifications(), s.publishable(), s.unpublishableReasons(), p.villageCode(), p.programme(),
                p.archived(), p.createdAt(), p.updatedAt(), p.updatedBy());
    }
}
