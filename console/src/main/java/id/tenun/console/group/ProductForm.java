package id.tenun.console.group;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.tenun.console.services.CatalogAnswers.Certification;
import id.tenun.console.services.CatalogAnswers.Dimensions;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.ProductDetails;
import id.tenun.console.services.CatalogAnswers.Variant;
import id.tenun.console.services.CatalogAnswers.VariantInput;

/**
 * The one short product form, as typed (every field a string, so nothing typed is lost when it comes back with an
 * error): name, category, price, opening stock (a new product only; later stock moves through Stok), weight, package
 * size, one certificate, the photo already uploaded, and the version an edit is based on. Checked here first
 * ({@link #problems}, message keys by field); what only the catalog knows it answers itself ({@link #fieldOf}).
 */
public record ProductForm(String name, String categoryCode, String description, String rawMaterial, String price,
        String stock,
        String weight, String length, String width, String height, List<String> certificateKind,
        List<String> certificateNumber, List<String> certificateIssuer, List<String> certificateExpires,
        String photoUrl, Long version) {

    public ProductForm {
        name = text(name);
        categoryCode = text(categoryCode);
        description = text(description);
        rawMaterial = text(rawMaterial);
        price = text(price);
        stock = text(stock);
        weight = text(weight);
        length = text(length);
        width = text(width);
        height = text(height);
        certificateKind = rows(certificateKind);
        certificateNumber = rows(certificateNumber);
        certificateIssuer = rows(certificateIssuer);
        certificateExpires = rows(certificateExpires);
        photoUrl = text(photoUrl);
    }

    public static final List<String> CERTIFICATE_KINDS = List.of("PIRT", "BPOM_MD", "BPOM_ML", "HALAL", "NIB", "SNI");
    /** Certificates the form shows: a coffee needs two (PIRT or BPOM, and halal); more stay as they are stored. */
    public static final int CERTIFICATE_ROWS = 3;
    static final int NAME_MAX = 70;
    static final int RAW_MATERIAL_MAX = 200;
    static final long PRICE_MAX = 1_000_000_000L;
    static final long STOCK_MAX = 1_000_000L;
    static final long WEIGHT_MAX = 300_000L;
    static final long SIZE_MAX = 1_000L;

    public static ProductForm empty() {
        return new ProductForm("", "", "", "", "", "", "", "", "", "", null, null, null, null, "", null);
    }

    /** The form of a stored product: its first variant's price, its first certificate. */
    public static ProductForm of(Product product) {
        Variant first = product.variants().isEmpty() ? null : product.variants().get(0);
        List<Certification> shown = product.certifications().stream().limit(CERTIFICATE_ROWS).toList();
        Dimensions size = product.dimensions() == null ? new Dimensions(null, null, null) : product.dimensions();
        return new ProductForm(product.name(), product.categoryCode(), text(product.description()),
                text(product.rawMaterial()), first == null ? "" : Long.toString(first.priceRupiah()), "",
                Long.toString(product.weightGrams()), text(size.lengthCm()), text(size.widthCm()),
                text(size.heightCm()), shown.stream().map(c -> text(c.kind())).toList(),
                shown.stream().map(c -> text(c.number())).toList(), shown.stream().map(c -> text(c.issuer())).toList(),
                shown.stream().map(c -> text(c.expiresOn())).toList(), text(product.photo()), product.version());
    }

    /** The same form, to be saved over the version given (the member chose theirs over a newer one). */
    public ProductForm basedOn(long storedVersion) {
        return new ProductForm(name, categoryCode, description, rawMaterial, price, stock, weight, length, width,
                height, certificateKind, certificateNumber, certificateIssuer, certificateExpires, photoUrl,
                storedVersion);
    }

    /** The same form with the photo the catalog stored for it. */
    public ProductForm withPhoto(String url) {
        return new ProductForm(name, categoryCode, description, rawMaterial, price, stock, weight, length, width,
                height, certificateKind, certificateNumber, certificateIssuer, certificateExpires, url, version);
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
        if (rupiah(price) < 1 || rupiah(price) > PRICE_MAX) {
            problems.put("price", "product.error.price");
        }
        if (isNew && (whole(stock) < 0 || whole(stock) > STOCK_MAX)) {
            problems.put("stock", "product.error.stock");
        }
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
     * The catalog's body for this form: a new product's one variant with its opening stock, or the stored product
     * with what the form changes (its other variants, channels, condition and minimum order kept as they are).
     */
    public ProductDetails details(String groupId, Product stored) {
        List<String> images = blank(photoUrl) ? List.of() : List.of(photoUrl.strip());
        if (stored != null && stored.imageUrls() != null && !stored.imageUrls().isEmpty()) {
            List<String> kept = new ArrayList<>(images);
            stored.imageUrls().stream().skip(1).filter(url -> !kept.contains(url)).forEach(kept::add);
            images = kept;
        }
        List<VariantInput> variants = new ArrayList<>();
        if (stored == null) {
            variants.add(new VariantInput(null, Map.of(), rupiah(price), whole(stock)));
        } else {
            for (int i = 0; i < stored.variants().size(); i++) {
                Variant variant = stored.variants().get(i);
                variants.add(new VariantInput(variant.sku(), variant.attributes(),
                        i == 0 ? rupiah(price) : variant.priceRupiah(), null));
            }
        }
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
        compare(differences, "price", theirs.price, price);
        compare(differences, "weight", theirs.weight, weight);
        compare(differences, "description", theirs.description, description);
        compare(differences, "rawMaterial", theirs.rawMaterial, rawMaterial);
        compare(differences, "photo", theirs.photoUrl, photoUrl);
        compare(differences, "certificates", String.join(", ", theirs.certificateNumber),
                String.join(", ", certificateNumber));
        return differences;
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
            return catalogField.endsWith("stock") ? "stock" : "price";
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

    /** Exactly {@link #CERTIFICATE_ROWS} entries, blank where none was typed. */
    private static List<String> rows(List<String> typed) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < CERTIFICATE_ROWS; row++) {
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
