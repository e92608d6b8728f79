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

    public record Month(String month, long orders, long units, long grossRupiah, long netRupiah, long cancelled,
            long returned) {
    }

    public record BusinessRecord(String groupId, List<Month> months) {
    }

    /** A seller SKU the catalog does not know, with how many orders wait for it. */
    public record WaitingSku(String sku, long orders) {
    }

    public record WaitingSkuPage(List<WaitingSku> items, int page, int size, long total) {
    }
}
