package id.tenun.order.sales;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A group's sales over a run of WITA months, as a bank reads them: per month, per marketplace, in total, and its
 * best-selling products. Read from the group's orders ({@link BusinessRecords}).
 *
 * @param months every month of the period, oldest first, months without sales as zero
 * @param channels the period per marketplace, by net sales (largest first)
 * @param topProducts the period's best-selling products by net sales (at most {@link BusinessRecords#TOP_PRODUCTS})
 */
public record BusinessRecord(String groupId, String groupName, String currency, String timeZone, String firstMonth,
        String lastMonth, List<Month> months, List<Channel> channels, Figures totals, List<ProductSales> topProducts) {

    /** One month's figures. */
    public record Month(String month, @JsonUnwrapped Figures figures) {
    }

    /** One marketplace's figures over the period. */
    public record Channel(String channel, @JsonUnwrapped Figures figures) {
    }

    /** A product's sales over the period (orders kept: not cancelled or returned). */
    public record ProductSales(String productId, String productName, long units, long netRupiah) {
    }

    /**
     * The figures of a month, a marketplace or the period, in whole rupiah.
     *
     * @param orders orders placed with a line of the group, cancelled and returned ones too
     * @param units units placed
     * @param grossRupiah the goods at their listed price, every order placed
     * @param discountRupiah the seller-funded discounts on the orders kept (not cancelled or returned)
     * @param netRupiah the orders kept at what they sold for: their gross less those discounts
     * @param feesRupiah what the marketplaces charged on the orders whose fees they report (the group's share of an
     *        order with other groups' lines, in proportion to its goods); null when no order's fees are known
     * @param feesKnownOrders how many of the orders {@code feesRupiah} covers
     * @param cancelled orders cancelled
     * @param returned orders returned
     */
    public record Figures(long orders, long units, long grossRupiah, long discountRupiah, long netRupiah,
            Long feesRupiah, long feesKnownOrders, long cancelled, long returned) {
    }
}
