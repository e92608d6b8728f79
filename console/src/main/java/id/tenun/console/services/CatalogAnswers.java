package id.tenun.console.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the catalog service answers, as the console's pages read it (fields they do not show are left out). */
public final class CatalogAnswers {

    private CatalogAnswers() {
    }

    /** A group: where it is (names, and the codes an edit starts from), its NIB and the kinds of its products. */
    public record Group(String id, long version, String name, String programme, String kind, String villageCode,
            String villageName, String districtCode, String districtName, String regencyCode, String regencyName,
            String provinceCode, String contactName, String contactPhone, String nib, List<String> productKinds,
            String status) {

        public Group {
            productKinds = productKinds == null ? List.of() : List.copyOf(productKinds);
        }
    }

    public record GroupPage(List<Group> items, int page, int size, long total) {
    }

    /** How many groups a regency has in one programme ({@code GET /api/groups/counts}). */
    public record GroupCount(String regencyCode, String regencyName, String programme, long groups) {
    }

    /**
     * The body of registering or changing a group (the catalog's {@code GroupDetails}; a null status is active);
     * mentors are assigned in the console.
     */
    public record GroupDetails(String name, String programme, String kind, String villageCode, String contactName,
            String contactPhone, String nib, List<String> productKinds, String status) {
    }

    public record Product(String id, String groupId, long version, String name, String description,
            String categoryCode, List<String> channels, Boolean processed, String rawMaterial, long weightGrams,
            Dimensions dimensions, List<String> imageUrls, Integer minimumOrder, String condition,
            List<Variant> variants, List<Certification> certifications, boolean publishable,
            List<Reason> unpublishableReasons, boolean archived, Instant updatedAt, String updatedBy) {

        public long stock() {
            return variants.stream().mapToLong(Variant::stock).sum();
        }

        public long oversold() {
            return variants.stream().mapToLong(Variant::oversold).sum();
        }

        public String photo() {
            return imageUrls == null || imageUrls.isEmpty() ? null : imageUrls.get(0);
        }

        /** The main photo as a list shows it: the catalog's small copy of its own photos, other photos as they are. */
        public String thumbnail() {
            String photo = photo();
            return photo == null ? null : photo.replaceFirst("/(large|medium)\\.jpg$", "/thumb.jpg");
        }
    }

    public record Dimensions(Integer lengthCm, Integer widthCm, Integer heightCm) {
    }

    public record Variant(String sku, Map<String, String> attributes, long priceRupiah, long stock, long oversold) {
    }

    public record Certification(String kind, String number, String issuer, LocalDate expiresOn) {
    }

    public record Reason(String code, Text message) {
    }

    public record ProductPage(List<Product> items, int page, int size, long total) {
    }

    public record Movement(String sku, String kind, long requested, long applied, long oversold, String orderId,
            String reason, String by, Instant at, String state) {
    }

    public record MovementPage(List<Movement> items, int page, int size, long total) {
    }

    /** A category of the catalog's tree; a leaf maps to a marketplace category and names what it needs. */
    public record Category(String code, String parent, Text name, List<List<String>> requirements,
            Map<String, String> marketplaceCategories) {

        public boolean leaf() {
            return marketplaceCategories != null && !marketplaceCategories.isEmpty();
        }
    }

    /** A photo the catalog stored, with the addresses of its sizes ({@code large}, {@code medium}, {@code thumb}). */
    public record Photo(String id, Map<String, String> urls) {
    }

    /** The body of creating or replacing a product (the catalog's {@code ProductDetails}). */
    public record ProductDetails(String groupId, String name, String description, String categoryCode,
            List<String> channels, Boolean processed, String rawMaterial, Long weightGrams, Dimensions dimensions,
            List<String> imageUrls, Integer minimumOrder, String condition, List<VariantInput> variants,
            List<Certification> certifications) {
    }

    public record VariantInput(String sku, Map<String, String> attributes, Long priceRupiah, Long stock) {
    }

    /** The body of a stock adjustment. */
    public record StockAdjustment(String sku, long delta, String reason) {
    }

    /**
     * An area of Indonesia ({@code 53.09.01.2001}), with the names of the areas it lies in, nearest first, and the
     * label a picker shows ({@code Desa Keligejo, Kec. Aimere, Kabupaten Ngada, …}).
     */
    public record Area(String code, String name, String level, List<String> above, String label) {
    }

    public record AreaPage(List<Area> items, int page, int size, long total) {
    }
}
