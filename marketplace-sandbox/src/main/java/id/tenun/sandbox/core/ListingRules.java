package id.tenun.sandbox.core;

import java.util.Map;
import java.util.Optional;

/** The checks the marketplaces make, with the reasons they give (the sandbox's wording, English like the APIs). */
public final class ListingRules {

    private ListingRules() {
    }

    /** Checked when the listing is received: category, attributes, name, images. */
    public static Optional<String> checkOnReceipt(DemoCategories categories, ListingInput input, int maxTitleLength) {
        if (input.title() == null || input.title().isBlank()) {
            return Optional.of("product name is required");
        }
        if (input.title().length() > maxTitleLength) {
            return Optional.of("product name is too long: " + input.title().length() + " characters, at most "
                    + maxTitleLength + " allowed");
        }
        if (input.images().isEmpty()) {
            return Optional.of("at least one product image is required");
        }
        Optional<Category> category = categories.find(input.categoryId());
        if (category.isEmpty()) {
            return Optional.of("category " + input.categoryId() + " does not exist");
        }
        if (!category.get().leaf()) {
            return Optional.of("category " + input.categoryId() + " is not a leaf category");
        }
        for (Map.Entry<String, String> attribute : category.get().mandatoryAttributes().entrySet()) {
            String value = input.attributes().get(attribute.getKey());
            if (value == null || value.isBlank()) {
                return Optional.of("mandatory attribute " + attribute.getKey() + " (" + attribute.getValue()
                        + ") is missing");
            }
        }
        if (input.price() <= 0) {
            return Optional.of("price must be greater than 0");
        }
        return Optional.empty();
    }

    /** Checked by review (audit, QC, or at once on Shopee): a regulated product needs its certificates. */
    public static Optional<String> checkCertificates(DemoCategories categories, ListingInput input) {
        boolean regulated = categories.find(input.categoryId()).map(Category::regulated).orElse(false);
        if (!regulated) {
            return Optional.empty();
        }
        if (blank(input.halalNumber())) {
            return Optional.of("food and herbal products require a halal certificate number");
        }
        if (blank(input.bpomNumber()) && blank(input.pirtNumber())) {
            return Optional.of("food and herbal products require a BPOM or PIRT permit number");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
