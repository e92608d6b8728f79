package id.tenun.order.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as first read from its marketplace, in Tenun's terms (the processor maps listing sync's read to it).
 *
 * @param lines lines by seller SKU, not yet placed
 * @param source what made listing sync read it: {@code webhook}, {@code polling} or {@code connected}
 */
public record NewOrder(String channel, String shopId, String externalOrderId, OrderStatus status,
        String marketplaceStatus, Instant createdAt, Instant updatedAt, List<OrderLine> lines, Long discountRupiah,
        Long shippingRupiah, Long feesRupiah, String source) {

    public NewOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }
}
