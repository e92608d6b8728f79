package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import id.tenun.catalog.product.HistoryEntry.FieldChange;

/** What changed between two versions of a product, field by field, as text for people. */
final class ProductChanges {

    private ProductChanges() {
    }

    static List<FieldChange> between(Product before, Product after) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "name", before, after, Product::name);
        field(changes, "description", before, after, Product::description);
        field(changes, "categoryCode", before, after, Product::categoryCode);
        field(changes, "channels", before, after, Product::channels);
        field(changes, "processed", before, after, Product::processed);
        field(changes, "rawMaterial", before, after, Product::rawMaterial);
        field(changes, "weightGrams", before, after, Product::weightGrams);
        field(changes, "dimensions", before, after, Product::dimensions);
        field(changes, "imageUrls", before, after, Product::imageUrls);
        field(changes, "minimumOrder", before, after, Product::minimumOrder);
        field(changes, "condition", before, after, Product::condition);
        field(changes, "certifications", before, after, Product::certifications);
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
        return v.attributes() + " Rp" + v.priceRupiah();
    }

    private static void field(List<FieldChange> changes, String name, Product before, Product after,
            Function<Product, Object> value) {
        Object a = value.apply(before);
        Object b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(name, a == null ? null : a.toString(), b == null ? null : b.toString()));
        }
    }
}
