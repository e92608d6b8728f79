package id.tenun.order.sales;

/**
 * One row of a sales view: the key at the level asked for, the period start (null for totals), and the measures.
 * {@code processedShare} is the share of net sales from processed goods, in per mille (0..1000), whole numbers.
 */
public record SalesRow(String key, String period, long orders, long units, long grossRupiah, long netUnits,
        long netRupiah, long cancelled, long returned, long processedNetRupiah, long processedSharePerMille) {

    static SalesRow of(String key, String period, long[] m) {
        return new SalesRow(key, period, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7],
                m[4] == 0 ? 0 : m[7] * 1000 / m[4]);
    }
}
