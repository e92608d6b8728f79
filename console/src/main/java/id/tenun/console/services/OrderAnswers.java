package id.tenun.console.services;

import java.time.Instant;
import java.util.List;

/** What the order service answers, as the console's pages read it. */
public final class OrderAnswers {

    private OrderAnswers() {
    }

    public record Order(String id, String channel, String externalOrderId, String status, Instant createdAt,
            long grossRupiah, long netRupiah, List<Line> lines) {

        /** The units of the order's lines that belong to the group. */
        public long unitsOf(String groupId) {
            return lines.stream().filter(line -> groupId.equals(line.groupId())).mapToLong(Line::quantity).sum();
        }
    }

    public record Line(String sku, String productId, String productName, String groupId, long quantity,
            long netRupiah) {
    }

    public record OrderPage(List<Order> items, int page, int size, long total) {
    }

    /**
     * A month's sales of a group; {@code discountRupiah} the seller's discounts on the orders kept, {@code feesRupiah}
     * the marketplaces' fees on the {@code feesKnownOrders} orders that report them (null: no order does).
     */
    public record Month(String month, long orders, long units, long grossRupiah, long discountRupiah, long netRupiah,
            Long feesRupiah, long feesKnownOrders, long cancelled, long returned) {
    }

    /** A marketplace's figures over a business record's period. */
    public record Channel(String channel, long orders, long units, long grossRupiah, long discountRupiah,
            long netRupiah, Long feesRupiah, long feesKnownOrders, long cancelled, long returned) {
    }

    /** A business record's figures over its whole period. */
    public record Totals(long orders, long units, long grossRupiah, long discountRupiah, long netRupiah,
            Long feesRupiah, long feesKnownOrders, long cancelled, long returned) {
    }

    public record ProductSales(String productId, String productName, long units, long netRupiah) {
    }

    /** A group's sales per WITA month (oldest first), per marketplace and in total, with its best products. */
    public record BusinessRecord(String groupId, String firstMonth, String lastMonth, List<Month> months,
            List<Channel> channels, Totals totals, List<ProductSales> topProducts) {
    }

    /** A seller SKU the catalog does not know, with how many orders wait for it. */
    public record WaitingSku(String sku, long orders) {
    }

    public record WaitingSkuPage(List<WaitingSku> items, int page, int size, long total) {
    }
}
