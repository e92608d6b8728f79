package id.tenun.listing.connection;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.tenun.support.problems.InvalidInput;

/**
 * How a connection prices a product on its marketplace, applied at sync time to the catalog's price:
 * start from the catalog price (or a fixed price), add a percentage, add an amount, round to the rupiah step
 * the marketplace shows, and never go under the minimum. Whole rupiah throughout; the percentage is kept in
 * basis points (1% = 100) so that no floating point touches money.
 *
 * @param fixedRupiah when set, the price on this marketplace whatever the catalog says (percent and amount still apply)
 * @param percentBasisPoints added to the price: 1000 is +10%, -500 is -5%
 * @param amountRupiah added after the percentage (may be negative)
 * @param roundTo the step the price is rounded to (1 = none, 100, 500, 1000, ...)
 * @param rounding up, down or to the nearest step
 * @param minimumRupiah the price never goes under this (0 = no minimum)
 */
public record PriceRule(Long fixedRupiah, int percentBasisPoints, long amountRupiah, long roundTo, Rounding rounding,
        long minimumRupiah) {

    /**
     * The largest price, amount or minimum a rule may name: a thousand times the catalog's highest price (one
     * billion rupiah), so no real price is refused, and small enough that {@link #apply} stays far from
     * {@code long}'s limits (at most 10^12 * 110,000 = 1.1 * 10^17 before dividing).
     */
    public static final long MAX_RUPIAH = 1_000_000_000_000L;
    /** The largest rounding step. */
    public static final long MAX_ROUND_TO = 1_000_000L;

    /** The catalog price as it is. */
    public static final PriceRule AS_CATALOG = new PriceRule(null, 0, 0, 1, Rounding.NEAREST, 0);

    public PriceRule {
        if (fixedRupiah != null && (fixedRupiah <= 0 || fixedRupiah > MAX_RUPIAH)) {
            throw InvalidInput.of("price.fixedRupiah",
                    "Harus antara 1 dan " + MAX_RUPIAH + " (sekarang " + fixedRupiah + ").",
                    "Must lie between 1 and " + MAX_RUPIAH + " (was " + fixedRupiah + ").");
        }
        if (amountRupiah < -MAX_RUPIAH || amountRupiah > MAX_RUPIAH) {
            throw InvalidInput.of("price.amountRupiah",
                    "Harus antara -" + MAX_RUPIAH + " dan " + MAX_RUPIAH + " (sekarang " + amountRupiah + ").",
                    "Must lie between -" + MAX_RUPIAH + " and " + MAX_RUPIAH + " (was " + amountRupiah + ").");
        }
        if (percentBasisPoints <= -10_000 || percentBasisPoints > 100_000) {
            throw InvalidInput.of("price.percent",
                    "Harus di atas -100 dan paling banyak 1000 (sekarang " + percentBasisPoints / 100.0 + ").",
                    "Must lie above -100 and at most 1000 (was " + percentBasisPoints / 100.0 + ").");
        }
        if (roundTo < 1 || roundTo > MAX_ROUND_TO) {
            throw InvalidInput.of("price.roundTo", "Harus antara 1 dan 1000000 (sekarang " + roundTo + ").",
                    "Must lie between 1 and 1000000 (was " + roundTo + ").");
        }
        rounding = rounding == null ? Rounding.NEAREST : rounding;
        if (minimumRupiah < 0 || minimumRupiah > MAX_RUPIAH) {
            throw InvalidInput.of("price.minimumRupiah",
                    "Harus antara 0 dan " + MAX_RUPIAH + " (sekarang " + minimumRupiah + ").",
                    "Must lie between 0 and " + MAX_RUPIAH + " (was " + minimumRupiah + ").");
        }
    }

    /** A percentage such as {@code 12.5} in basis points, refusing more than two decimals. */
    public static int basisPoints(BigDecimal percent) {
        if (percent == null) {
            return 0;
        }
        try {
            return percent.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        } catch (ArithmeticException e) {
            throw InvalidInput.of("price.percent", "Paling banyak dua angka desimal (sekarang " + percent + ").",
                    "Takes at most two decimals (was " + percent + ").");
        }
    }

    /**
     * The price to show for a catalog price; 0 means "no price" (the catalog has none and no fixed price is set).
     * With a catalog price up to {@link #MAX_RUPIAH} no step comes near {@code long}'s limits; every step is exact
     * all the same, so a larger one throws {@link ArithmeticException} rather than wrap around.
     */
    public long apply(long catalogRupiah) {
        long base = fixedRupiah != null ? fixedRupiah : catalogRupiah;
        if (base <= 0) {
            return 0;
        }
        // half-up on the percentage, in integers: base * (10000 + bp) / 10000
        long numerator = Math.multiplyExact(base, 10_000L + percentBasisPoints);
        long price = Math.floorDiv(Math.addExact(numerator, 5_000), 10_000);
        price = Math.addExact(price, amountRupiah);
        price = round(price);
        price = Math.max(price, minimumRupiah);
        return Math.max(price, 0);
    }

    private long round(long price) {
        if (roundTo == 1 || price <= 0) {
            return price;
        }
        long down = Math.floorDiv(price, roundTo) * roundTo;
        if (down == price) {
            return price;
        }
        return switch (rounding) {
            case DOWN -> down;
            case UP -> Math.addExact(down, roundTo);
            case NEAREST -> price - down >= (roundTo + 1) / 2 ? Math.addExact(down, roundTo) : down;
        };
    }

    public enum Rounding {

        UP, DOWN, NEAREST

    }

}
