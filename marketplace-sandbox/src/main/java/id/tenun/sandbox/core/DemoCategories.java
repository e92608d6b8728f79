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
            case "lazada" -> tree("10", "composition", "material");
            default -> throw new IllegalArgumentException(channel);
        };
    }

    /**
     * Food, health and beauty, fashion and crafts, with a leaf for each kind of processed good NTT's groups sell;
     * parents are not leaves. Food, herbal and cosmetics are regulated (halal number and BPOM or PIRT permit) and
     * must state their composition; cloth must state its material.
     */
    private static DemoCategories tree(String prefix, String composition, String material) {
        Map<String, String> ingredients = Map.of(composition, "Komposisi");
        Map<String, String> fabric = Map.of(material, "Bahan");
        return new DemoCategories(List.of(
                parent(prefix + "001", "Makanan & Minuman", true),
                new Category(prefix + "101", "Kopi", true, true, ingredients),
                new Category(prefix + "102", "Madu", true, true, ingredients),
                new Category(prefix + "103", "Keripik & Camilan", true, true, ingredients),
                new Category(prefix + "104", "Beras, Sorgum & Pangan Lokal", true, true, ingredients),
                new Category(prefix + "105", "Garam", true, true, ingredients),
                new Category(prefix + "106", "Minuman & Sirup", true, true, ingredients),
                new Category(prefix + "107", "Teh & Olahan Kelor", true, true, ingredients),
                parent(prefix + "200", "Kesehatan & Kecantikan", true),
                new Category(prefix + "201", "Jamu & Herbal", true, true, ingredients),
                new Category(prefix + "202", "Minyak Kelapa & Minyak Herbal", true, true, ingredients),
                new Category(prefix + "203", "Sabun & Perawatan Tubuh", true, true, ingredients),
                parent(prefix + "300", "Fashion", false),
                new Category(prefix + "301", "Kain Tenun", true, false, fabric),
                new Category(prefix + "302", "Sarung & Selendang", true, false, fabric),
                new Category(prefix + "303", "Tas & Aksesori Tenun", true, false, fabric),
                parent(prefix + "400", "Kerajinan", false),
                new Category(prefix + "401", "Anyaman", true, false, Map.of()),
                new Category(prefix + "402", "Ukiran & Kerajinan Kayu", true, false, Map.of()),
                new Category(prefix + "403", "Perhiasan & Manik", true, false, Map.of())));
    }

    private static Category parent(String id, String name, boolean regulated) {
        return new Category(id, name, false, regulated, Map.of());
    }
}
