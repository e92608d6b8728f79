package id.tenun.marketplaces;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as the marketplace shows it, with lines by seller SKU and amounts in whole rupiah.
 *
 * @param totalRupiah what the buyer pays for the goods (sum of the lines), whole rupiah
 */
public record OrderDetail(Channel channel, String shopId, String externalOrderId, String marketplaceStatus,
        TenunOrderStatus status, Instant createdAt, Instant updatedAt, List<Line> lines, long totalRupiah) {

    public OrderDetail {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(status, "status");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One product in the order: our SKU, how many, at what price per unit (whole rupiah). */
    public record Line(String sellerSku, int quantity, long unitPriceRupiah) {

        public long totalRupiah() {
            return unitPriceRupiah * quantity;
        }
    }
}
