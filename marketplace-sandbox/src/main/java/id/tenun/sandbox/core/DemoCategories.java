package id.tenun.sandbox.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's category trees, one per channel, with the same shape and different ids (as on the real marketplaces).
 * Listing sync's local category mapping uses these ids.
 */
public final class DemoCategories {

    private final Map<String, Category> categories = new LinkedHashMap<>();

    private DemoCategories(List<Category> categories) {
        categories.forEach(category -> this.categories.put(category.id(), category));
    }

    public Optional<Category> find(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public List<Category> all() {
        return List.copyOf(categories.values());
    }

    public static DemoCategories forChannel(String channel) {
        return switch (channel) {
            case "tokopedia" -> tree("600", "100100", "100200");
            case "shopee" -> tree("100", "100010", "100020");
            case "lazada" -> tree("10", "shelf_life", "material");
            default -> throw new IllegalArgumentException(channel);
        };
    }

    /** Food (coffee, honey, snacks), herbal, woven cloth, crafts; parents are not leaves. */
    private static DemoCategories tree(String prefix, String shelfLife, String material) {
        Map<String, String> food = Map.of(shelfLife, "Masa Simpan");
        Map<String, String> cloth = Map.of(material, "Bahan");
        return new DemoCategories(List.of(new Category(prefix + "001", "Makanan & Minuman", false, true, Map.of()),
                new Category(prefix + "101", "Kopi", true, true, food), new Category(prefix + "102", "Madu", true, true, food),
                new Category(prefix + "103", "Keripik & Camilan", true, true, food),
                new Category(prefix + "200", "Kesehatan", false, true, Map.of()),
                new Category(prefix + "201", "Jamu & Herbal", true, true, food),
                new Category(prefix + "300", "Fashion", false, false, Map.of()),
                new Category(prefix + "301", "Kain Tenun", true, false, cloth),
                new Category(prefix + "400", "Kerajinan", false, false, Map.of()),
                new Category(prefix + "401", "Anyaman", true, false, Map.of())));
    }
}
