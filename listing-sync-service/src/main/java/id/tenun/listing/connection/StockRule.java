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

    /**
     * The largest buffer, cap or threshold a rule may name: the most stock the catalog lets one SKU hold (one billion
     * units), so every meaningful rule fits and none comes near {@code long}'s limits.
     */
    public static final long MAX_UNITS = 1_000_000_000L;

    /** All available stock. */
    public static final StockRule ALL = new StockRule(100, 0, null, 0);

    public StockRule {
        if (sharePercent < 0 || sharePercent > 100) {
            throw InvalidInput.of("stock.sharePercent", "Harus antara 0 dan 100 (sekarang " + sharePercent + ").",
                    "Must lie between 0 and 100 (was " + sharePercent + ").");
        }
        if (bufferUnits < 0 || bufferUnits > MAX_UNITS) {
            throw InvalidInput.of("stock.bufferUnits",
                    "Harus antara 0 dan " + MAX_UNITS + " (sekarang " + bufferUnits + ").",
                    "Must lie between 0 and " + MAX_UNITS + " (was " + bufferUnits + ").");
        }
        if (maximumShown != null && (maximumShown < 0 || maximumShown > MAX_UNITS)) {
            throw InvalidInput.of("stock.maximumShown", "Harus antara 0 dan " + MAX_UNITS + " (sekarang "
                    + maximumShown + ").", "Must lie between 0 and " + MAX_UNITS + " (was " + maximumShown + ").");
        }
        if (zeroBelow < 0 || zeroBelow > MAX_UNITS) {
            throw InvalidInput.of("stock.zeroBelow",
                    "Harus antara 0 dan " + MAX_UNITS + " (sekarang " + zeroBelow + ").",
                    "Must lie between 0 and " + MAX_UNITS + " (was " + zeroBelow + ").");
        }
    }

    /**
     * The stock to show for the available stock; never negative, never more than available, for any {@code long}:
     * {@code available - bufferUnits} cannot overflow once {@code available} is positive, and the share is taken as
     * {@code rest / 100 * share + rest % 100 * share / 100} (the same as {@code rest * share / 100}, never above
     * {@code rest}).
     */
    public int apply(long available) {
        if (available <= 0 || available < zeroBelow) {
            return 0;
        }
        long rest = Math.max(0, available - bufferUnits);
        long shown = rest / 100 * sharePercent + rest % 100 * sharePercent / 100;
        if (maximumShown != null) {
            shown = Math.min(shown, maximumShown);
        }
        return (int) Math.min(shown, Integer.MAX_VALUE);
    }

}
