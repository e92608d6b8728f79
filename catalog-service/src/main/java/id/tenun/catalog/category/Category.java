package id.tenun.catalog.category;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.tenun.events.LocalizedText;
import id.tenun.events.product.ProductSnapshot.CertificationKind;

/**
 * A category of Tenun's own tree of processed local goods. Products sit in a leaf; a leaf says which
 * certifications its products need and which marketplace category it maps to per channel.
 *
 * @param code dotted code, e.g. {@code pangan.kopi}
 * @param parent the parent's code, null for a top-level category
 * @param name in Bahasa Indonesia and English
 * @param skuPrefix three letters that start the SKUs of its products
 * @param requirements each entry is one requirement met by any of its kinds (e.g. PIRT or BPOM MD)
 * @param marketplaceCategories per channel id, the marketplace's leaf category id; empty for a non-leaf
 * @param materialRequired whether the marketplaces' categories it maps to require what the product is made of (the
 *        material of cloth, the composition of food, herbal goods and cosmetics): its products need a
 *        {@code rawMaterial} before they are sold, as listing sync sends it as that attribute
 */
public record Category(String code, String parent, LocalizedText name, String skuPrefix,
        List<Set<CertificationKind>> requirements, Map<String, String> marketplaceCategories,
        boolean materialRequired) {

    public Category {
        requirements = List.copyOf(requirements);
        marketplaceCategories = Map.copyOf(marketplaceCategories);
    }

    public boolean leaf() {
        return !marketplaceCategories.isEmpty();
    }
}
