package id.tenun.order;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.tenun.events.shoporder.ShopOrderRead;

/**
 * An order as its marketplace holds it, in tests: what listing sync would read of it ({@link #read}) as its status
 * moves.
 *
 * @param groupId the group that holds the shop
 */
public record ShopOrder(String channel, String shopId, String groupId, String externalOrderId, Instant createdAt,
        List<ShopOrderRead.Line> lines, Long discountRupiah, Long shippingRupiah, Long feesRupiah) {

    /** An order of one line, without discount, shipping or fees. */
    public static ShopOrder of(String channel, String groupId, String externalOrderId, Instant createdAt, String sku,
            int quantity, long unitPriceRupiah) {
        return new ShopOrder(channel, "shop-" + groupId, groupId, externalOrderId, createdAt,
                List.of(new ShopOrderRead.Line(sku, quantity, unitPriceRupiah)), null, null, null);
    }

    /** The order with these amounts from now on (as a marketplace's amounts become final when it completes). */
    public ShopOrder withAmounts(Long discount, Long shipping, Long fees) {
        return new ShopOrder(channel, shopId, groupId, externalOrderId, createdAt, lines, discount, shipping, fees);
    }

    /** Listing sync's read of the order in Tenun status {@code status}, last changed at {@code updatedAt}. */
    public ShopOrderRead read(String status, Instant updatedAt, String source) {
        return new ShopOrderRead(UUID.randomUUID(), Instant.now(), ShopOrderRead.SCHEMA_VERSION, channel, shopId,
                groupId, externalOrderId, status.toUpperCase(Locale.ROOT), status, createdAt, updatedAt, lines,
                discountRupiah, shippingRupiah, feesRupiah, source);
    }

    /** The goods at their listed prices. */
    public long grossRupiah() {
        return lines.stream().mapToLong(line -> line.quantity() * line.unitPriceRupiah()).sum();
    }
}
