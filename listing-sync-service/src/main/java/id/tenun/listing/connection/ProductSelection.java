package id.tenun.listing.connection;

import java.util.List;

import id.tenun.support.problems.InvalidInput;

/**
 * Which of the group's products a connection lists: every publishable one, or only those chosen.
 *
 * @param mode all publishable products, or the chosen ones
 * @param productIds the chosen products (empty for {@code ALL_PUBLISHABLE})
 */
public record ProductSelection(Mode mode, List<String> productIds) {

    public static final ProductSelection ALL = new ProductSelection(Mode.ALL_PUBLISHABLE, List.of());

    public ProductSelection {
        mode = mode == null ? Mode.ALL_PUBLISHABLE : mode;
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        if (mode == Mode.CHOSEN && productIds.isEmpty()) {
            throw InvalidInput.of("products.productIds", "Pilih paling sedikit satu produk untuk mode CHOSEN.",
                    "Must name at least one product when mode is CHOSEN.");
        }
        if (mode == Mode.ALL_PUBLISHABLE && !productIds.isEmpty()) {
            throw InvalidInput.of("products.productIds", "Harus kosong untuk mode ALL_PUBLISHABLE.",
                    "Must be empty when mode is ALL_PUBLISHABLE.");
        }
    }

    public boolean includes(String productId) {
        return mode == Mode.ALL_PUBLISHABLE || productIds.contains(productId);
    }

    public enum Mode {

        ALL_PUBLISHABLE, CHOSEN

    }

}
