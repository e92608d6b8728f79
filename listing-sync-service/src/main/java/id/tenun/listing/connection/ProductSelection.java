package id.tenun.listing.connection;

import java.util.List;

import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violations;

/**
 * Which of the group's products a connection lists: every publishable one, or only those chosen.
 *
 * @param mode all publishable products, or the chosen ones
 * @param productIds the chosen products (empty for {@code ALL_PUBLISHABLE})
 */
public record ProductSelection(Mode mode, List<String> productIds) {

    /** The most products a connection may choose: more than any group makes. */
    public static final int MAX_PRODUCTS = 5_000;
    /** The longest product id. */
    public static final int MAX_ID_LENGTH = 100;

    public static final ProductSelection ALL = new ProductSelection(Mode.ALL_PUBLISHABLE, List.of());

    public ProductSelection {
        mode = mode == null ? Mode.ALL_PUBLISHABLE : mode;
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        Violations v = new Violations();
        if (v.atMost(productIds, "products.productIds", MAX_PRODUCTS)) {
            for (int i = 0; i < productIds.size(); i++) {
                v.text(productIds.get(i), "products.productIds[" + i + "]", MAX_ID_LENGTH);
            }
        }
        v.throwIfAny();
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
