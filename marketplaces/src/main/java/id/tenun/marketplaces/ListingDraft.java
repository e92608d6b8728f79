package id.tenun.marketplaces;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Tenun wants listed on one channel, in neutral terms; listing sync maps a product snapshot to it. One seller SKU
 * per listing (Tenun's products have no variants): our SKU is the marketplace's seller SKU, so that every order line
 * maps back to the product without a lookup table.
 *
 * @param sellerSku Tenun's SKU
 * @param title at most {@value #MAX_TITLE_LENGTH} characters
 * @param description plain text
 * @param categoryId the marketplace's leaf category id for this channel (from the category mapping)
 * @param attributes the marketplace's attribute id to value, for this category
 * @param priceRupiah whole rupiah
 * @param stock units available
 * @param weightGrams package weight in grams
 * @param dimensions package size in centimetres
 * @param imageUrls public image URLs, the first is the main image
 * @param certifications halal number and BPOM/PIRT permits, where the product has them
 */
public record ListingDraft(String sellerSku, String title, String description, String categoryId,
        Map<String, String> attributes, long priceRupiah, int stock, int weightGrams, Dimensions dimensions,
        List<String> imageUrls, Certifications certifications) {

    public static final int MAX_TITLE_LENGTH = 70;

    public ListingDraft {
        requireText(sellerSku, "sellerSku");
        requireText(title, "title");
        requireText(categoryId, "categoryId");
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title is longer than " + MAX_TITLE_LENGTH + " characters");
        }
        if (priceRupiah <= 0) {
            throw new IllegalArgumentException("priceRupiah must be positive");
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative");
        }
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("weightGrams must be positive");
        }
        description = description == null ? "" : description;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        dimensions = dimensions == null ? new Dimensions(10, 10, 10) : dimensions;
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        certifications = certifications == null ? Certifications.NONE : certifications;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Weight in kilograms as the marketplaces want it: a decimal string without trailing zeros, e.g. "0.25". */
    public String weightKilograms() {
        return BigDecimal.valueOf(weightGrams, 3).stripTrailingZeros().toPlainString();
    }

    public ListingDraft withTitle(String newTitle) {
        return new ListingDraft(sellerSku, newTitle, description, categoryId, attributes, priceRupiah, stock,
                weightGrams,
                dimensions, imageUrls, certifications);
    }

    public ListingDraft withPrice(long newPrice) {
        return new ListingDraft(sellerSku, title, description, categoryId, attributes, newPrice, stock, weightGrams,
                dimensions, imageUrls, certifications);
    }

    public ListingDraft withCategory(String newCategoryId, Map<String, String> newAttributes) {
        return new ListingDraft(sellerSku, title, description, newCategoryId, newAttributes, priceRupiah, stock,
                weightGrams, dimensions, imageUrls, certifications);
    }

    public ListingDraft withCertifications(Certifications newCertifications) {
        return new ListingDraft(sellerSku, title, description, categoryId, attributes, priceRupiah, stock, weightGrams,
                dimensions, imageUrls, newCertifications);
    }

    /** Package size in whole centimetres. */
    public record Dimensions(int lengthCm, int widthCm, int heightCm) {

        public Dimensions {
            if (lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
                throw new IllegalArgumentException("dimensions must be positive");
            }
        }
    }

    /** Certificate numbers; empty strings where the product has none. */
    public record Certifications(String halalNumber, String bpomNumber, String pirtNumber) {

        public static final Certifications NONE = new Certifications("", "", "");

        public Certifications {
            halalNumber = Objects.requireNonNullElse(halalNumber, "");
            bpomNumber = Objects.requireNonNullElse(bpomNumber, "");
            pirtNumber = Objects.requireNonNullElse(pirtNumber, "");
        }
    }
}
