package id.tenun.catalog.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.catalog.category.Category;
import id.tenun.events.Programme;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Condition;

/**
 * A processed product of one group, as stored. The document is its own outbox: every change raises
 * {@code version} and sets {@code pending}; the relay publishes the snapshot and then clears it. The available
 * stock per SKU ({@code stock}) changes only through the stock ledger's conditional updates; {@code movements}
 * holds the ids of the last ledger movements applied, so that no movement is applied twice.
 */
@Document("products")
public record Product(@Id String id, String groupId, long version, long publishedVersion, boolean pending,
        String name, String description, String categoryCode, List<String> channels, boolean processed,
        String rawMaterial, long weightGrams, Dimensions dimensions, List<String> imageUrls, int minimumOrder,
        Condition condition, List<Variant> variants, Map<String, Long> stock, Map<String, Long> oversold,
        List<Certification> certifications, String villageCode, Programme programme, boolean groupActive,
        boolean archived, Instant createdAt, Instant updatedAt, String updatedBy, List<HistoryEntry> history,
        List<String> movements) {

    /** How many history entries a product keeps. */
    public static final int HISTORY_KEPT = 200;

    /** How many applied movement ids a product remembers for idempotency (the ledger keeps them all). */
    public static final int MOVEMENTS_KEPT = 1000;

    public Product {
        channels = channels == null ? List.of() : List.copyOf(channels);
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        variants = variants == null ? List.of() : List.copyOf(variants);
        stock = stock == null ? Map.of() : Map.copyOf(stock);
        oversold = oversold == null ? Map.of() : Map.copyOf(oversold);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        history = history == null ? List.of() : List.copyOf(history);
        movements = movements == null ? List.of() : List.copyOf(movements);
    }

    public long stockOf(String sku) {
        return stock.getOrDefault(sku, 0L);
    }

    public boolean hasSku(String sku) {
        return variants.stream().anyMatch(v -> v.sku().equals(sku));
    }

    /** The snapshot of this version for {@code catalog.products.v1}. */
    public ProductSnapshot snapshot(Category category, LocalDate today) {
        Map<String, String> marketplaceCategories = new LinkedHashMap<>();
        if (category != null) {
            for (String channel : channels) {
                String mapped = category.marketplaceCategories().get(channel);
                if (mapped != null) {
                    marketplaceCategories.put(channel, mapped);
                }
            }
        }
        List<ProductSnapshot.UnpublishableReason> reasons = Publishability.reasons(this, category, today);
        return new ProductSnapshot(id, groupId, version, name, description, categoryCode, marketplaceCategories,
                processed, rawMaterial, weightGrams,
                new ProductSnapshot.Dimensions(dimensions.lengthCm(), dimensions.widthCm(), dimensions.heightCm()),
                imageUrls, minimumOrder, condition,
                variants.stream().map(v -> new ProductSnapshot.Variant(v.sku(), v.attributes(), v.priceRupiah(),
                        Math.max(0, stockOf(v.sku())))).toList(),
                certifications.stream().map(c -> new ProductSnapshot.Certification(c.kind(), c.number(), c.issuer(),
                        c.expiresOn())).toList(),
                reasons.isEmpty(), reasons, villageCode, programme, archived, updatedAt);
    }
}
