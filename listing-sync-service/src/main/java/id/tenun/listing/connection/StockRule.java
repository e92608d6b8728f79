package id.tenun.listing.connection;

import id.tenun.support.problems.InvalidInput;

/**
 * How much of the available stock a connection shows on its marketplace, applied at sync time, so that a few
 * units sold elsewhere never oversell: when the available stock is under {@code zeroBelow} show nothing; otherwise
 * keep {@code bufferUnits} back, show {@code sharePercent} of the rest (rounded down) and never more than
 * {@code maximumShown}.
 *
 * @param sharePercent the share of available stock shown, 0..100
 * @param bufferUnits units kept back from every marketplace
 * @param maximumShown the most ever shown, or null for no cap
 * @param zeroBelow when the available stock is below this, show 0 (0 = never)
 */
public record StockRule(int sharePercent, long bufferUnits, Long maximumShown, long zeroBelow) {

    /** All available stock. */
    public static final StockRule ALL = new StockRule(100, 0, null, 0);

    public StockRule {
        if (sharePercent < 0 || sharePercent > 100) {
            throw InvalidInput.of("stock.sharePercent", "Harus antara 0 dan 100 (sekarang " + sharePercent + ").",
                    "Must lie between 0 and 100 (was " + sharePercent + ").");
        }
        if (bufferUnits < 0) {
            throw InvalidInput.of("stock.bufferUnits", "Tidak boleh negatif (sekarang " + bufferUnits + ").",
                    "Must not be negative (was " + bufferUnits + ").");
        }
        if (maximumShown != null && maximumShown < 0) {
            throw InvalidInput.of("stock.maximumShown", "Tidak boleh negatif (sekarang " + maximumShown + ").",
                    "Must not be negative (was " + maximumShown + ").");
        }
        if (zeroBelow < 0) {
            throw InvalidInput.of("stock.zeroBelow", "Tidak boleh negatif (sekarang " + zeroBelow + ").",
                    "Must not be negative (was " + zeroBelow + ").");
        }
    }

    /** The stock to show for the available stock; never negative, never more than available. */
    public int apply(long available) {
        if (available <= 0 || available < zeroBelow) {
            return 0;
        }
        long rest = Math.max(0, available - bufferUnits);
        long shown = rest * sharePercent / 100;
        if (maximumShown != null) {
            shown = Math.min(shown, maximumShown);
        }
        return (int) Math.min(shown, Integer.MAX_VALUE);
    }

}
