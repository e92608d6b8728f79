package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.tenun.catalog.product.HistoryEntry.FieldChange;

/**
 * What changed between two versions of a product, field by field, as text for people: lists joined with commas,
 * certificates as {@code PIRT no. 2065319010123-27 (Dinkes Manggarai Timur, EXP 2029-12-31)}, dimensions as
 * {@code 35 × 25 × 5 cm}, never a Java object's {@code toString}.
 */
final class ProductChanges {

    private ProductChanges() {
    }

    static List<FieldChange> between(Product before, Product after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "name", before, after, Product::name);
        field(changes, "description", before, after, Product::description);
        field(changes, "categoryCode", before, after, Product::categoryCode);
        field(changes, "channels", before, after, Product::channels, ProductChanges::joined);
        field(changes, "processed", before, after, Product::processed);
        field(changes, "rawMaterial", before, after, Product::rawMaterial);
        field(changes, "weightGrams", before, after, Product::weightGrams);
        field(changes, "dimensions", before, after, Product::dimensions, ProductChanges::describe);
        field(changes, "imageUrls", before, after, Product::imageUrls, ProductChanges::joined);
        field(changes, "minimumOrder", before, after, Product::minimumOrder);
        field(changes, "condition", before, after, Product::condition);
        field(changes, "certifications", before, after, Product::certifications,
                list -> list.stream().map(ProductChanges::describe).collect(Collectors.joining("; ")));
        for (Variant variant : after.variants()) {
            Variant old = before.variants().stream().filter(v -> v.sku().equals(variant.sku())).findFirst()
                    .orElse(null);
            if (old == null) {
                changes.add(new FieldChange("variants[" + variant.sku() + "]", null, describe(variant)));
            } else if (!old.equals(variant)) {
                changes.add(new FieldChange("variants[" + variant.sku() + "]", describe(old), describe(variant)));
            }
        }
        for (Variant old : before.variants()) {
            if (!after.hasSku(old.sku())) {
                changes.add(new FieldChange("variants[" + old.sku() + "]", describe(old), null));
            }
        }
        return changes;
    }

    private static String describe(Variant v) {
        String attributes = new TreeMap<>(v.attributes()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return (attributes.isEmpty() ? "" : attributes + ", ") + "Rp" + v.priceRupiah();
    }

    private static String describe(Certification c) {
        String issuer = c.issuer() == null || c.issuer().isBlank() ? "" : c.issuer();
        String until = c.expiresOn() == null ? "" : "EXP " + c.expiresOn();
        String details = issuer.isEmpty() || until.isEmpty() ? issuer + until : issuer + ", " + until;
        return Publishability.name(c.kind()) + " no. " + c.number() + (details.isEmpty() ? "" : " (" + details + ")");
    }

    private static String describe(Dimensions d) {
        return d.lengthCm() + " × " + d.widthCm() + " × " + d.heightCm() + " cm";
    }

    private static String joined(List<String> values) {
        return String.join(", ", values);
    }

    private static void field(List<FieldChange> changes, String name, Product before, Product after,
            Function<Product, Object> value) {
        field(changes, name, before, after, value, Object::toString);
    }

    private static <T> void field(List<FieldChange> changes, String name, Product before, Product after,
            Function<Product, T> value, Function<T, String> text) {
        T a = value.apply(before);
        T b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(name, a == null ? null : text.apply(a), b == null ? null : text.apply(b)));
        }
    }
}
