package id.tenun.console.group;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.tenun.console.services.CatalogAnswers.Certification;
import id.tenun.console.services.CatalogAnswers.Dimensions;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.ProductDetails;
import id.tenun.console.services.CatalogAnswers.Variant;
import id.tenun.console.services.CatalogAnswers.VariantInput;

/**
 * The one short product form, as typed (every field a string, so nothing typed is lost when it comes back with an
 * error): name, category, price and opening stock per variant (a new product's stock only; later stock moves through
 * Stok), weight, package size, certificates, the photo already uploaded, and the version an edit is based on. A
 * product sold in one form has one variant row, whose name may stay empty; one sold in sizes or colours has a row
 * each, named ("250 g", "merah"). Checked here first ({@link #problems}, message keys by field); what only the catalog
 * knows it answers itself ({@link #fieldOf}).
 */
public record ProductForm(String name, String categoryCode, String description, String rawMaterial,
        List<String> variantSku, List<String> variantName, List<String> price, List<String> stock, String weight,
        String length, String width, String height, List<String> certificateKind, List<String> certificateNumber,
        List<String> certificateIssuer, List<String> certificateExpires, String photoUrl, Long version) {

    public ProductForm {
        name = text(name);
        categoryCode = text(categoryCode);
        description = text(description);
        rawMaterial = text(rawMaterial);
        int stored = variantSku == null
                ? 0
                : (int) variantSku.stream().filter(sku -> sku != null && !sku.isBlank())
                        .count();
        int variants = Math.min(VARIANTS_MAX, Math.max(Math.max(NEW_VARIANT_ROWS, stored + EMPTY_VARIANT_ROWS),
                Math.max(size(variantName), Math.max(size(price), size(stock)))));
        variantSku = rows(variantSku, variants);
        variantName = rows(variantName, variants);
        price = rows(price, variants);
        stock = rows(stock, variants);
        weight = text(weight);
        length = text(length);
        width = text(width);
        height = text(height);
        certificateKind = rows(certificateKind, CERTIFICATE_ROWS);
        certificateNumber = rows(certificateNumber, CERTIFICATE_ROWS);
        certificateIssuer = rows(certificateIssuer, CERTIFICATE_ROWS);
        certificateExpires = rows(certificateExpires, CERTIFICATE_ROWS);
        photoUrl = text(photoUrl);
    }

    public static final List<String> CERTIFICATE_KINDS = List.of("PIRT", "BPOM_MD", "BPOM_ML", "HALAL", "NIB", "SNI");
    /** Certificates the form shows: a coffee needs two (PIRT or BPOM, and halal); more stay as they are stored. */
    public static final int CERTIFICATE_ROWS = 3;
    /** Variant rows of a new product: the first, and three more folded away until the product has sizes. */
    static final int NEW_VARIANT_ROWS = 4;
    /** Empty rows under a stored product's variants, for new sizes or colours. */
    static final int EMPTY_VARIANT_ROWS = 2;
    /** As many variants as the catalog keeps. */
    static final int VARIANTS_MAX = 50;
    /** The attribute a variant named on this form gets (the marketplaces' titles end with it). */
    static final String VARIANT_ATTRIBUTE = "varian";
    static final int NAME_MAX = 70;
    static final int VARIANT_NAME_MAX = 30;
    static final int RAW_MATERIAL_MAX = 200;
    static final long PRICE_MAX = 1_000_000_000L;
    static final long STOCK_MAX = 1_000_000L;
    static final long WEIGHT_MAX = 300_000L;
    static final long SIZE_MAX = 1_000L;

    public static ProductForm empty() {
        return new ProductForm("", "", "", "", null, null, null, null, "", "", "", "", null, null, null, null, "",
                null);
    }

    /** The form of a stored product: a row per variant (named by its attributes), its first certificates. */
    public static ProductForm of(Product product) {
        List<Certification> shown = product.certifications().stream().limit(CERTIFICATE_ROWS).toList();
        Dimensions size = product.dimensions() == null ? new Dimensions(null, null, null) : product.dimensions();
        return new ProductForm(product.name(), product.categoryCode(), text(product.description()),
                text(product.rawMaterial()), product.variants().stream().map(Variant::sku).toList(),
                product.variants().stream().map(ProductForm::variantName).toList(),
                product.variants().stream().map(v -> Long.toString(v.priceRupiah())).toList(), null,
                Long.toString(product.weightGrams()), text(size.lengthCm()), text(size.widthCm()),
                text(size.heightCm()), shown.stream().map(c -> text(c.kind())).toList(),
                shown.stream().map(c -> text(c.number())).toList(), shown.stream().map(c -> text(c.issuer())).toList(),
                shown.stream().map(c -> text(c.expiresOn())).toList(), text(product.photo()), product.version());
    }

    /** The same form, to be saved over the version given (the member chose theirs over a newer one). */
    public ProductForm basedOn(long storedVersion) {
        return new ProductForm(name, categoryCode, description, rawMaterial, variantSku, variantName, price, stock,
                weight, length, width, height, certificateKind, certificateNumber, certificateIssuer,
                certificateExpires, photoUrl, storedVersion);
    }

    /** The same form with the photo the catalog stored for it. */
    public ProductForm withPhoto(String url) {
        return new ProductForm(name, categoryCode, description, rawMaterial, variantSku, variantName, price, stock,
                weight, length, width, height, certificateKind, certificateNumber, certificateIssuer,
                certificateExpires, url, version);
    }

    /** What is wrong before anything is sent: message keys ({@code product.error.*}) by field. */
    public Map<String, String> problems(boolean isNew) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name) || name.strip().length() > NAME_MAX) {
            problems.put("name", "product.error.name");
        }
        if (rawMaterial.strip().length() > RAW_MATERIAL_MAX) {
            problems.put("rawMaterial", "product.error.rawMaterial");
        }
        if (blank(categoryCode)) {
            problems.put("categoryCode", "product.error.category");
        }
        variantProblems(isNew, problems);
        if (whole(weight) < 1 || whole(weight) > WEIGHT_MAX) {
            problems.put("weight", "product.error.weight");
        }
        for (String side : new String[]{length, width, height}) {
            if (whole(side) < 1 || whole(side) > SIZE_MAX) {
                problems.put("size", "product.error.size");
            }
        }
        for (int row = 0; row < CERTIFICATE_ROWS; row++) {
            if (!hasCertificate(row)) {
                continue;
            }
            if (!CERTIFICATE_KINDS.contains(certificateKind.get(row)) || blank(certificateNumber.get(row))
                    || blank(certificateIssuer.get(row))) {
                problems.putIfAbsent("certificate", "product.error.certificate");
            } else if (!blank(certificateExpires.get(row)) && date(certificateExpires.get(row)) == null) {
                problems.putIfAbsent("certificate", "product.error.certificateDate");
            }
        }
        return problems;
    }

    /**
     * The variant rows: the first always (its name may stay empty while it is the only one), every other row that has
     * anything typed or a stored variant behind it; several variants need a name each, and different ones.
     */
    private void variantProblems(boolean isNew, Map<String, String> problems) {
        List<Integer> rows = variantRows();
        Set<String> names = new HashSet<>();
        for (int row : rows) {
            if (rupiah(price.get(row)) < 1 || rupiah(price.get(row)) > PRICE_MAX) {
                problems.putIfAbsent("price", "product.error.price");
            }
            if (isNew && variantSku.get(row).isBlank()
                    && (whole(stock.get(row)) < 0 || whole(stock.get(row)) > STOCK_MAX)) {
                problems.putIfAbsent("stock", "product.error.stock");
            }
            String named = variantName.get(row).strip();
            if (named.length() > VARIANT_NAME_MAX) {
                problems.putIfAbsent("variantName", "product.error.variantName.long");
            } else if (rows.size() > 1 && named.isEmpty()) {
                problems.putIfAbsent("variantName", "product.error.variantName.missing");
            } else if (!named.isEmpty() && !names.add(named.toLowerCase(Locale.ROOT))) {
                problems.putIfAbsent("variantName", "product.error.variantName.twice");
            }
        }
    }

    /** The rows that are variants: the first, those with a stored variant, and those with anything typed. */
    private List<Integer> variantRows() {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < price.size(); row++) {
            if (row == 0 || !variantSku.get(row).isBlank() || !variantName.get(row).isBlank()
                    || !price.get(row).isBlank() || !stock.get(row).isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** How many variants the form has (the product list and the template fold the extra rows on this). */
    public int variantCount() {
        return variantRows().size();
    }

    /**
     * The catalog's body for this form: a new product's variants with their opening stock, or the stored product
     * with what the form changes (its stored variants keep their SKU, and their attributes unless renamed here; new
     * rows become new variants, whose stock then moves through Stok; channels, condition and minimum order are kept).
     */
    public ProductDetails details(String groupId, Product stored) {
        List<String> images = blank(photoUrl) ? List.of() : List.of(photoUrl.strip());
        if (stored != null && stored.imageUrls() != null && !stored.imageUrls().isEmpty()) {
            List<String> kept = new ArrayList<>(images);
            stored.imageUrls().stream().skip(1).filter(url -> !kept.contains(url)).forEach(kept::add);
            images = kept;
        }
        Map<String, Variant> storedVariants = new LinkedHashMap<>();
        if (stored != null) {
            stored.variants().forEach(variant -> storedVariants.put(variant.sku(), variant));
        }
        List<VariantInput> variants = new ArrayList<>();
        for (int row : variantRows()) {
            Variant before = storedVariants.remove(variantSku.get(row).strip());
            String named = variantName.get(row).strip();
            Map<String, String> attributes = before != null && named.equals(variantName(before))
                    ? before.attributes()
                    : named.isEmpty() ? Map.of() : Map.of(VARIANT_ATTRIBUTE, named);
            variants.add(new VariantInput(before == null ? null : before.sku(), attributes, rupiah(price.get(row)),
                    stored == null ? whole(stock.get(row)) : null));
        }
        // a stored variant this form did not show (a draft older than it) stays as it is: the form never drops one
        storedVariants.values().forEach(variant -> variants.add(new VariantInput(variant.sku(), variant.attributes(),
                variant.priceRupiah(), null)));
        List<Certification> certificates = new ArrayList<>();
        for (int row = 0; row < CERTIFICATE_ROWS; row++) {
            if (hasCertificate(row)) {
                certificates.add(new Certification(certificateKind.get(row), certificateNumber.get(row).strip(),
                        blank(certificateIssuer.get(row)) ? null : certificateIssuer.get(row).strip(),
                        date(certificateExpires.get(row))));
            }
        }
        if (stored != null) {
            stored.certifications().stream().skip(CERTIFICATE_ROWS).forEach(certificates::add);
        }
        return new ProductDetails(groupId, name.strip(), text(description).strip(), categoryCode.strip(),
                stored == null ? null : stored.channels(), stored == null ? null : stored.processed(),
                blank(rawMaterial) ? null : rawMaterial.strip(), whole(weight),
                new Dimensions((int) whole(length), (int) whole(width), (int) whole(height)), images,
                stored == null ? null : stored.minimumOrder(), stored == null ? null : stored.condition(), variants,
                certificates);
    }

    /** Where this form differs from another version of the same product, field by field. */
    public List<Difference> differencesFrom(ProductForm theirs) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", theirs.name, name);
        compare(differences, "categoryCode", theirs.categoryCode, categoryCode);
        compare(differences, "price", theirs.typedPrices(), typedPrices());
        compare(differences, "weight", theirs.weight, weight);
        compare(differences, "description", theirs.description, description);
        compare(differences, "rawMaterial", theirs.rawMaterial, rawMaterial);
        compare(differences, "photo", theirs.photoUrl, photoUrl);
        compare(differences, "certificates", String.join(", ", theirs.certificateNumber),
                String.join(", ", certificateNumber));
        return differences;
    }

    /** The prices typed, with their variant's name when there are several: {@code 250 g: 45000, 500 g: 85000}. */
    private String typedPrices() {
        List<Integer> rows = variantRows();
        return String.join(", ", rows.stream().map(row -> rows.size() > 1
                ? variantName.get(row).strip() + ": " + price.get(row).strip()
                : price.get(row).strip()).toList());
    }

    private static void compare(List<Difference> differences, String field, String theirs, String mine) {
        if (!theirs.strip().equals(mine.strip())) {
            differences.add(new Difference(field, theirs, mine));
        }
    }

    /** One field as it is stored ({@code theirs}) and as this form has it ({@code mine}). */
    public record Difference(String field, String theirs, String mine) {
    }

    /** The form field a field the catalog refused belongs to ({@code variants[0].priceRupiah} → price). */
    public static String fieldOf(String catalogField) {
        if (catalogField == null) {
            return "form";
        }
        if (catalogField.startsWith("variants")) {
            return catalogField.endsWith("stock")
                    ? "stock"
                    : catalogField.contains("attributes") ? "variantName" : "price";
        }
        if (catalogField.startsWith("certifications")) {
            return "certificate";
        }
        if (catalogField.startsWith("dimensions")) {
            return "size";
        }
        return switch (catalogField) {
            case "name", "categoryCode", "description", "rawMaterial" -> catalogField;
            case "weightGrams" -> "weight";
            case "imageUrls" -> "photo";
            default -> "form";
        };
    }

    private boolean hasCertificate(int row) {
        return !blank(certificateKind.get(row)) || !blank(certificateNumber.get(row))
                || !blank(certificateExpires.get(row));
    }

    /** A stored variant's name on this form: its attributes' values, in the order the marketplaces' titles use. */
    static String variantName(Variant variant) {
        return variant.attributes() == null ? "" : String.join(" ", new TreeMap<>(variant.attributes()).values());
    }

    private static int size(List<String> typed) {
        return typed == null ? 0 : typed.size();
    }

    /** Exactly {@code count} entries, blank where none was typed. */
    private static List<String> rows(List<String> typed, int count) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            rows.add(typed == null || row >= typed.size() ? "" : text(typed.get(row)));
        }
        return List.copyOf(rows);
    }

    /** Rupiah as people type them ({@code 85000}, {@code 85.000}, {@code Rp 85.000}); -1 when unreadable. */
    static long rupiah(String typed) {
        if (blank(typed)) {
            return -1;
        }
        return whole(typed.replaceFirst("^\\s*[Rr][Pp]\\.?", "").replace(".", "").replace(" ", ""));
    }

    /** A whole number; -1 for anything else (decimals included: stock and grams are whole). */
    static long whole(String typed) {
        if (blank(typed) || !typed.strip().matches("\\d{1,12}")) {
            return -1;
        }
        return Long.parseLong(typed.strip());
    }

    private static LocalDate date(String typed) {
        try {
            return blank(typed) ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
