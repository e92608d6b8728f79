package id.tenun.catalog.stock;

import java.util.stream.LongStream;

/**
 * The checked arithmetic of stock: a SKU's stock, an order line's quantity and an adjustment stay within ranges
 * far from {@code long}'s limits, and sums of quantities throw rather than wrap around.
 */
final class StockQuantities {

    /** The most stock one SKU may hold; an adjustment that would go above it is refused. */
    static final long MAX_STOCK = 1_000_000_000L;
    /** The largest change one adjustment may make, up or down. */
    static final long MAX_DELTA = 1_000_000L;

    private StockQuantities() {
    }

    /** Whether an adjustment is a change at all and within {@link #MAX_DELTA}, without {@code Math.abs}. */
    static boolean isAdjustment(long delta) {
        return delta != 0 && delta >= -MAX_DELTA && delta <= MAX_DELTA;
    }

    /** An order line's quantity, refused unless it is 0 to {@link #MAX_STOCK}. */
    static long orderQuantity(long quantity) {
        if (quantity < 0 || quantity > MAX_STOCK) {
            throw new IllegalArgumentException("An order line's quantity must be 0 to " + MAX_STOCK
                    + " (was " + quantity + ")");
        }
        return quantity;
    }

    /** The sum of quantities; throws {@link ArithmeticException} rather than overflow. */
    static long sum(LongStream quantities) {
        return quantities.reduce(0, Math::addExact);
    }
}
