package id.tenun.catalog.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.catalog.category.Category;
import id.tenun.catalog.group.Group;
import id.tenun.events.Programme;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Condition;

/**
 * A processed product of one group, as stored. The document is its own outbox: every change raises
 * {@code version} and sets {@code pending}; the relay publishes the snapshot and then clears it. The available
 * stock per SKU ({@code stock}) changes only through the stock ledger's conditional updates; {@code movements}
 * holds the ids of the last ledger movements applied, so that no movement is applied twice. A change makes a new
 * product with the {@code with...} methods, each naming only what it changes.
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

    /** Version 1 of a new product of {@code group}, made at {@code at} by {@code by}, without details yet. */
    static Product created(String id, Group group, Instant at, String by) {
        Fields fields = new Fields();
        fields.id = id;
        fields.groupId = group.id();
        fields.version = 1;
        fields.pending = true;
        fields.villageCode = group.villageCode();
        fields.programme = group.programme();
        fields.groupActive = group.active();
        fields.createdAt = at;
        fields.updatedAt = at;
        fields.updatedBy = by;
        return fields.product();
    }

    /** This product with what a person says about it: the details, and the category and channels they resolve to. */
    Product withDetails(ProductDetails details, String categoryCode, List<String> channels) {
        return with(p -> {
            p.name = details.name();
            p.description = details.description();
            p.categoryCode = categoryCode;
            p.channels = channels;
            p.processed = details.processed();
            p.rawMaterial = details.rawMaterial();
            p.weightGrams = details.weightGrams();
            p.dimensions = details.dimensions();
            p.imageUrls = details.imageUrls();
            p.minimumOrder = details.minimumOrder();
            p.condition = details.condition();
            p.certifications = details.certifications();
        });
    }

    /** This product with these variants and their available stock. */
    Product withVariants(List<Variant> variants, Map<String, Long> stock) {
        return with(p -> {
            p.variants = variants;
            p.stock = stock;
        });
    }

    Product withArchived(boolean archived) {
        return with(p -> p.archived = archived);
    }

    /** The next version of this product, changed at {@code at} by {@code by}, bound for publication. */
    Product nextVersion(Instant at, String by) {
        return with(p -> {
            p.version = version + 1;
            p.pending = true;
            p.updatedAt = at;
            p.updatedBy = by;
        });
    }

    /** This product with {@code entry} at the end of its history, which keeps the last {@link #HISTORY_KEPT}. */
    Product withHistory(HistoryEntry entry) {
        List<HistoryEntry> kept = new ArrayList<>(history);
        kept.add(entry);
        while (kept.size() > HISTORY_KEPT) {
            kept.remove(0);
        }
        return with(p -> p.history = kept);
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

    private Product with(Consumer<Fields> change) {
        Fields fields = new Fields(this);
        change.accept(fields);
        return fields.product();
    }

    /**
     * A product's fields, to be changed by name: the one place that lists them all in order, so that a new field
     * is added here and in the record, and nowhere else.
     */
    private static final class Fields {

        private String id;
        private String groupId;
        private long version;
        private long publishedVersion;
        private boolean pending;
        private String name;
        private String description;
        private String categoryCode;
        private List<String> channels;
        private boolean processed;
        private String rawMaterial;
        private long weightGrams;
        private Dimensions dimensions;
        private List<String> imageUrls;
        private int minimumOrder;
        private Condition condition;
        private List<Variant> variants;
        private Map<String, Long> stock;
        private Map<String, Long> oversold;
        private List<Certification> certifications;
        private String villageCode;
        private Programme programme;
        private boolean groupActive;
        private boolean archived;
        private Instant createdAt;
        private Instant updatedAt;
        private String updatedBy;
        private List<HistoryEntry> history;
        private List<String> movements;

        private Fields() {
        }

        private Fields(Product p) {
            id = p.id;
            groupId = p.groupId;
            version = p.version;
            publishedVersion = p.publishedVersion;
            pending = p.pending;
            name = p.name;
            description = p.description;
            categoryCode = p.categoryCode;
            channels = p.channels;
            processed = p.processed;
            rawMaterial = p.rawMaterial;
            weightGrams = p.weightGrams;
            dimensions = p.dimensions;
            imageUrls = p.imageUrls;
            minimumOrder = p.minimumOrder;
            condition = p.condition;
            variants = p.variants;
            stock = p.stock;
            oversold = p.oversold;
            certifications = p.certifications;
            villageCode = p.villageCode;
            programme = p.programme;
            groupActive = p.groupActive;
            archived = p.archived;
            createdAt = p.createdAt;
            updatedAt = p.updatedAt;
            updatedBy = p.updatedBy;
            history = p.history;
            movements = p.movements;
        }

        private Product product() {
            return new Product(id, groupId, version, publishedVersion, pending, name, description, categoryCode,
                    channels, processed, rawMaterial, weightGrams, dimensions, imageUrls, minimumOrder, condition,
                    variants, stock, oversold, certifications, villageCode, programme, groupActive, archived,
                    createdAt, updatedAt, updatedBy, history, movements);
        }
    }
}
