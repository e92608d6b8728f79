package id.tenun.console.group;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.tenun.console.services.CatalogAnswers.Category;

/**
 * A category a product can sit in (a leaf of the catalog's tree), named with its parent ({@code Pangan › Kopi}),
 * with what it needs in words ({@code requirements}: each entry one certificate of any of its kinds, e.g.
 * {@code PIRT / BPOM_MD}), so the form tells at once which certificates to have.
 */
public record CategoryChoice(String code, String label, List<String> requirements) {

    public static List<CategoryChoice> of(List<Category> categories, Locale locale) {
        Map<String, Category> byCode = categories.stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a));
        return categories.stream().filter(Category::leaf)
                .map(leaf -> new CategoryChoice(leaf.code(), label(leaf, byCode, locale),
                        leaf.requirements() == null
                                ? List.of()
                                : leaf.requirements().stream().map(kinds -> String.join(" / ", kinds)).toList()))
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                .toList();
    }

    private static String label(Category leaf, Map<String, Category> byCode, Locale locale) {
        Category parent = leaf.parent() == null ? null : byCode.get(leaf.parent());
        String name = leaf.name().in(locale);
        return parent == null ? name : parent.name().in(locale) + " › " + name;
    }
}
