package id.tenun.events.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.tenun.events.Checks;
import id.tenun.events.LocalizedText;
import id.tenun.events.Programme;

/**
 * A product as the catalog holds it at one {@code version}: everything listing sync needs to publish it and the
 * order service needs to account for its sales.
 *
 * @param productId the catalog's product id
 * @param groupId the producer group that makes it
 * @param version increases by one with every change of the product (1 for a new product)
 * @param name the product's name, as shown on the marketplaces
 * @param description the product's description
 * @param categoryCode Tenun's own category code
 * @param marketplaceCategories per channel id (e.g. {@code shopee}), the marketplace's leaf category id
 * @param processed whether it is a processed product (olahan), as the programmes require
 * @param rawMaterial the main raw material, in the group's words; may be null
 * @param weightGrams the shipping weight in grams
 * @param dimensions the package's size in centimetres
 * @param imageUrls the photos, first one the main photo
 * @param minimumOrder the smallest quantity a buyer may order
 * @param condition new or used
 * @param variants the SKUs, each with its price and available stock
 * @param certifications permits and certificates (PIRT, BPOM, halal, NIB, SNI)
 * @param publishable whether the catalog considers the product fit to list
 * @param unpublishableReasons why not, when {@code publishable} is false (at least one then; none otherwise)
 * @param villageCode the group's village (Kemendagri code, e.g. {@code 53.07.03.2005})
 * @param programme the group's programme
 * @param archived true once the group archived the product: delist it everywhere
 * @param updatedAt when this version was made
 */
public record ProductSnapshot(String productId, String groupId, long version, String name, String description,
        String categoryCode, Map<String, String> marketplaceCategories, boolean processed, String rawMaterial,
        long weightGrams, Dimensions dimensions, List<String> imageUrls, int minimumOrder, Condition condition,
        List<Variant> variants, List<Certification> certifications, boolean publishable,
        List<UnpublishableReason> unpublishableReasons, String villageCode, Programme programme, boolean archived,
        Instant updatedAt) {

    public ProductSnapshot {
        Checks.notBlank(productId, "ProductSnapshot.productId");
        Checks.notBlank(groupId, "ProductSnapshot.groupId");
        Checks.positive(version, "ProductSnapshot.version");
        Checks.notBlank(name, "ProductSnapshot.name");
        description = description == null ? "" : description;
        Checks.notBlank(categoryCode, "ProductSnapshot.categoryCode");
        marketplaceCategories = Checks.map(marketplaceCategories, "ProductSnapshot.marketplaceCategories");
        marketplaceCategories.forEach((channel, category) -> {
            Checks.channel(channel, "ProductSnapshot.marketplaceCategories key");
            Checks.notBlank(category, "ProductSnapshot.marketplaceCategories[" + channel + "]");
        });
        Checks.blankToNull(rawMaterial, "ProductSnapshot.rawMaterial");
        Checks.positive(weightGrams, "ProductSnapshot.weightGrams");
        Checks.notNull(dimensions, "ProductSnapshot.dimensions");
        imageUrls = Checks.list(imageUrls, "ProductSnapshot.imageUrls");
        for (int i = 0; i < imageUrls.size(); i++) {
            Checks.httpUrl(imageUrls.get(i), "ProductSnapshot.imageUrls[" + i + "]");
        }
        Checks.positive(minimumOrder, "ProductSnapshot.minimumOrder");
        Checks.notNull(condition, "ProductSnapshot.condition");
        variants = Checks.list(variants, "ProductSnapshot.variants");
        Set<String> skus = new HashSet<>();
        for (Variant variant : variants) {
            if (!skus.add(variant.sku())) {
                throw new IllegalArgumentException(
                        "ProductSnapshot.variants has SKU '" + variant.sku() + "' more than once");
            }
        }
        certifications = Checks.list(certifications, "ProductSnapshot.certifications");
        unpublishableReasons = Checks.list(unpublishableReasons, "ProductSnapshot.unpublishableReasons");
        if (publishable && !unpublishableReasons.isEmpty()) {
            throw new IllegalArgumentException(
                    "ProductSnapshot.unpublishableReasons must be empty when the product is publishable, was "
                            + unpublishableReasons);
        }
        if (!publishable && unpublishableReasons.isEmpty()) {
            throw new IllegalArgumentException(
                    "ProductSnapshot.unpublishableReasons must say why the product is not publishable");
        }
        Checks.villageCode(villageCode, "ProductSnapshot.villageCode");
        Checks.notNull(programme, "ProductSnapshot.programme");
        Checks.notNull(updatedAt, "ProductSnapshot.updatedAt");
    }

    /** The variant with this SKU, or null. */
    public Variant variant(String sku) {
        return variants.stream().filter((variant) -> variant.sku().equals(sku)).findFirst().orElse(null);
    }

    /** New or used; village products are new, but the marketplaces ask. */
    public enum Condition {

        NEW, USED

    }

    /** A package's size in whole centimetres, as the marketplaces take it. */
    public record Dimensions(int lengthCm, int widthCm, int heightCm) {

        public Dimensions {
            Checks.positive(lengthCm, "Dimensions.lengthCm");
            Checks.positive(widthCm, "Dimensions.widthCm");
            Checks.positive(heightCm, "Dimensions.heightCm");
        }

    }

    /**
     * One SKU of the product.
     *
     * @param sku the seller SKU, the same on every marketplace, so an order line maps back to the product
     * @param attributes what sets it apart, e.g. {@code warna → merah marun}, {@code ukuran → 200 x 70 cm}
     * @param priceRupiah the price in whole rupiah (0 while not yet priced; the product is then not publishable)
     * @param stock the stock available to sell, after reservations
     */
    public record Variant(String sku, Map<String, String> attributes, long priceRupiah, long stock) {

        public Variant {
            Checks.keyPart(sku, "Variant.sku");
            attributes = Checks.map(attributes, "Variant.attributes");
            Checks.nonNegative(priceRupiah, "Variant.priceRupiah");
            Checks.nonNegative(stock, "Variant.stock");
        }

    }

    /**
     * A permit or certificate the product holds.
     *
     * @param kind what it is
     * @param number its number as printed
     * @param issuer who issued it (e.g. Dinas Kesehatan Kabupaten Sikka, BPJPH)
     * @param expiresOn the last day it is valid, or null if it does not expire (e.g. NIB)
     */
    public record Certification(CertificationKind kind, String number, String issuer, LocalDate expiresOn) {

        public Certification {
            Checks.notNull(kind, "Certification.kind");
            Checks.notBlank(number, "Certification.number");
            Checks.notBlank(issuer, "Certification.issuer");
        }

    }

    public enum CertificationKind {

        /** Pangan Industri Rumah Tangga: home-industry food permit from the regency. */
        PIRT,

        /** BPOM registration of a domestic processed food (MD). */
        BPOM_MD,

        /** BPOM registration of an imported processed food (ML). */
        BPOM_ML,

        /** Halal certificate (BPJPH). */
        HALAL,

        /** Nomor Induk Berusaha: the business identity number. */
        NIB,

        /** Standar Nasional Indonesia. */
        SNI

    }

    /**
     * Why the catalog will not list the product yet.
     *
     * @param code a stable code, e.g. {@code IMAGES_TOO_FEW}, {@code PRICE_MISSING}, {@code CERTIFICATION_EXPIRED}
     * @param message what to do, in Bahasa Indonesia and English
     */
    public record UnpublishableReason(String code, LocalizedText message) {

        public UnpublishableReason {
            Checks.notBlank(code, "UnpublishableReason.code");
            Checks.notNull(message, "UnpublishableReason.message");
        }

    }

}
