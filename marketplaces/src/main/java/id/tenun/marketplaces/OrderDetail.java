package id.tenun.marketplaces;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as the marketplace shows it, with lines by seller SKU and amounts in whole rupiah. An amount that is null
 * is not known: the marketplace's order API does not report it (fees, on most channels), or it answered something
 * that cannot be right (negative, or a discount above the goods' total), which is dropped rather than trusted.
 *
 * @param totalRupiah the goods at their listed price before any discount (sum of the lines)
 * @param discountRupiah discounts the seller funds on the goods (promotions, seller vouchers); platform-funded
 *        discounts are not the seller's cost and are not included
 * @param shippingRupiah shipping paid by the buyer (passed on to the courier, not the seller's revenue)
 * @param feesRupiah what the marketplace charges the seller for the order (commission, service, transaction fees)
 */
public record OrderDetail(Channel channel, String shopId, String externalOrderId, String marketplaceStatus,
        TenunOrderStatus status, Instant createdAt, Instant updatedAt, List<Line> lines, long totalRupiah,
        Long discountRupiah, Long shippingRupiah, Long feesRupiah) {

    public OrderDetail {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(status, "status");
        lines = lines == null ? List.of() : List.copyOf(lines);
        discountRupiah = discountRupiah == null || discountRupiah < 0 || discountRupiah > totalRupiah
                ? null
                : discountRupiah;
        shippingRupiah = shippingRupiah == null || shippingRupiah < 0 ? null : shippingRupiah;
        feesRupiah = feesRupiah == null || feesRupiah < 0 ? null : feesRupiah;
    }

    /** An order with these lines: the total is their sum at the listed price. */
    public OrderDetail(Channel channel, String shopId, String externalOrderId, String marketplaceStatus,
            TenunOrderStatus status, Instant createdAt, Instant updatedAt, List<Line> lines, Long discountRupiah,
            Long shippingRupiah, Long feesRupiah) {
        this(channel, shopId, externalOrderId, marketplaceStatus, status, createdAt, updatedAt, lines,
                lines.stream().mapToLong(Line::totalRupiah).reduce(0, Math::addExact), discountRupiah, shippingRupiah,
                feesRupiah);
    }

    /** One product in the order: our SKU, how many, at what listed price per unit before discounts (whole rupiah). */
    public record Line(String sellerSku, int quantity, long unitPriceRupiah) {

        public long totalRupiah() {
            return Math.multiplyExact(unitPriceRupiah, quantity);
        }
    }
}
