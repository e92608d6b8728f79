package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.tenun.events.Channels;
import id.tenun.events.product.ProductSnapshot.Condition;
import id.tenun.support.problems.Violations;

/**
 * What creating or updating a product says about it, checked on construction (every wrong field at once).
 * Rules that need the catalog (category exists, certifications it needs, image addresses, the group) are
 * checked when the command is carried out.
 *
 * @param channels where to list it; null means every channel the category maps to, empty means a draft
 */
public record ProductDetails(String groupId, String name, String description, String categoryCode,
        List<String> channels, Boolean processed, String rawMaterial, Long weightGrams, Dimensions dimensions,
        List<String> imageUrls, Integer minimumOrder, Condition condition, List<VariantInput> variants,
        List<Certification> certifications) {

    /** The strictest marketplace's limit (Tokopedia/TikTok Shop). */
    public static final int NAME_MAX = 70;
    public static final int DESCRIPTION_MAX = 3000;
    public static final int IMAGES_MAX = 9;
    public static final int VARIANTS_MAX = 50;
    public static final long PRICE_MAX = 1_000_000_000L;
    public static final int CHANNELS_MAX = 10;
    public static final int ATTRIBUTES_MAX = 10;
    public static final int CERTIFICATIONS_MAX = 10;
    private static final Set<String> KNOWN_CHANNELS = Set.of(Channels.SHOPEE, Channels.TOKOPEDIA, Channels.LAZADA);

    public ProductDetails {
        Violations v = new Violations();
        groupId = groupId == null || groupId.isBlank() ? null : groupId.strip();
        name = v.text(name, "name", NAME_MAX);
        description = description == null ? "" : description.strip();
        v.check(description.length() <= DESCRIPTION_MAX, "description",
                "Deskripsi paling banyak " + DESCRIPTION_MAX + " karakter.",
                "The description has at most " + DESCRIPTION_MAX + " characters.");
        categoryCode = v.text(categoryCode, "categoryCode", 60);
        if (channels != null && !v.atMost(channels, "channels", CHANNELS_MAX)) {
            channels = List.of();
        } else if (channels != null) {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(channels));
            for (int i = 0; i < distinct.size(); i++) {
                v.check(distinct.get(i) != null && KNOWN_CHANNELS.contains(distinct.get(i)), "channels[" + i + "]",
                        "Marketplace tidak dikenal; pilih shopee, tokopedia atau lazada.",
                        "Unknown marketplace; choose shopee, tokopedia or lazada.");
            }
            channels = List.copyOf(distinct.stream().filter(c -> c != null).toList());
        }
        processed = processed == null ? Boolean.TRUE : processed;
        rawMaterial = v.optionalText(rawMaterial, "rawMaterial", 200);
        if (v.required(weightGrams, "weightGrams") != null) {
            v.check(weightGrams > 0 && weightGrams <= 300_000, "weightGrams", "Berat 1 sampai 300.000 gram.",
                    "The weight must be 1 to 300,000 grams.");
        }
        if (v.required(dimensions, "dimensions") != null) {
            dimension(v, dimensions.lengthCm(), "dimensions.lengthCm");
            dimension(v, dimensions.widthCm(), "dimensions.widthCm");
            dimension(v, dimensions.heightCm(), "dimensions.heightCm");
        }
        imageUrls = imageUrls == null
                ? List.of()
                : List.copyOf(imageUrls.stream().map(u -> u == null ? "" : u.strip()).toList());
        v.check(imageUrls.size() <= IMAGES_MAX, "imageUrls", "Paling banyak " + IMAGES_MAX + " foto.",
                "At most " + IMAGES_MAX + " photos.");
        minimumOrder = minimumOrder == null ? 1 : minimumOrder;
        v.check(minimumOrder >= 1 && minimumOrder <= 10_000, "minimumOrder", "Minimum pembelian 1 sampai 10.000.",
                "The minimum order must be 1 to 10,000.");
        condition = condition == null ? Condition.NEW : condition;
        variants = variants == null ? List.of() : variants;
        v.check(!variants.isEmpty(), "variants",
                "Isi paling sedikit satu varian dengan harga dan stok.",
                "Give at least one variant with its price and stock.");
        v.check(variants.size() <= VARIANTS_MAX, "variants", "Paling banyak " + VARIANTS_MAX + " varian.",
                "At most " + VARIANTS_MAX + " variants.");
        List<VariantInput> cleaned = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        Set<Map<String, String>> combinations = new HashSet<>();
        for (int i = 0; i < variants.size() && i < VARIANTS_MAX; i++) {
            VariantInput variant = variants.get(i);
            String at = "variants[" + i + "]";
            if (variant == null) {
                v.add(at, "Varian kosong.", "The variant is empty.");
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if (variant.attributes() != null
                    && v.atMost(variant.attributes().keySet(), at + ".attributes", ATTRIBUTES_MAX)) {
                variant.attributes().forEach((key, value) -> {
                    if (key == null || key.isBlank() || value == null || value.isBlank() || key.contains(".")
                            || key.startsWith("$") || key.length() > 30 || value.length() > 50) {
                        v.add(at + ".attributes", "Atribut harus nama (tanpa titik, maks. 30) dan nilai (maks. 50).",
                                "Attributes need a name (no dots, max. 30) and a value (max. 50).");
                    } else {
                        attributes.put(key.strip(), value.strip());
                    }
                });
            }
            v.check(variants.size() == 1 || !attributes.isEmpty(), at + ".attributes",
                    "Beri setiap varian atributnya, mis. ukuran atau rasa.",
                    "Give each variant its attributes, e.g. size or flavour.");
            v.check(combinations.add(attributes), at + ".attributes", "Dua varian tidak boleh sama.",
                    "Two variants must not be the same.");
            if (variant.priceRupiah() == null) {
                v.add(at + ".priceRupiah", "Harga wajib diisi (rupiah, tanpa desimal).",
                        "The price is required (whole rupiah).");
            } else {
                v.check(variant.priceRupiah() >= 0 && variant.priceRupiah() <= PRICE_MAX, at + ".priceRupiah",
                        "Harga tidak boleh negatif dan paling banyak Rp1.000.000.000.",
                        "The price must not be negative and at most Rp1,000,000,000.");
            }
            long stock = variant.stock() == null ? 0 : variant.stock();
            v.check(stock >= 0 && stock <= 1_000_000, at + ".stock", "Stok 0 sampai 1.000.000.",
                    "The stock must be 0 to 1,000,000.");
            String sku = variant.sku() == null || variant.sku().isBlank() ? null : variant.sku().strip();
            if (sku != null) {
                v.check(skus.add(sku), at + ".sku", "SKU muncul dua kali.", "The SKU appears twice.");
            }
            cleaned.add(new VariantInput(sku, attributes, variant.priceRupiah(), stock));
        }
        variants = List.copyOf(cleaned);
        List<Certification> certs = new ArrayList<>();
        List<Certification> given = certifications == null
                || !v.atMost(certifications, "certifications", CERTIFICATIONS_MAX) ? List.of() : certifications;
        for (int i = 0; i < given.size(); i++) {
            Certification c = given.get(i);
            String at = "certifications[" + i + "]";
            if (c == null) {
                v.add(at, "Sertifikat kosong.", "The certification is empty.");
                continue;
            }
            v.required(c.kind(), at + ".kind");
            String number = v.text(c.number(), at + ".number", 60);
            String issuer = v.text(c.issuer(), at + ".issuer", 120);
            v.date(c.expiresOn(), at + ".expiresOn");
            certs.add(new Certification(c.kind(), number, issuer, c.expiresOn()));
        }
        certifications = List.copyOf(certs);
        v.throwIfAny();
    }

    private static void dimension(Violations v, Integer value, String field) {
        if (v.required(value, field) != null) {
            v.check(value > 0 && value <= 500, field, "Ukuran 1 sampai 500 cm.", "Sizes must be 1 to 500 cm.");
        }
    }
}
