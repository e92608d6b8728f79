package id.tenun.marketplaces;

import java.time.Instant;
import java.util.Objects;

/**
 * One order status change, normalized: from a webhook or from polling the order list.
 *
 * @param channel the marketplace
 * @param shopId the shop on that marketplace
 * @param externalOrderId the marketplace's order id
 * @param marketplaceStatus the marketplace's own status word, verbatim
 * @param status what it means in Tenun
 * @param updatedAt when the marketplace changed it
 */
public record OrderNotification(Channel channel, String shopId, String externalOrderId, String marketplaceStatus,
        TenunOrderStatus status, Instant updatedAt) {

    public OrderNotification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(status, "status");
        shopId = shopId == null ? "" : shopId;
        marketplaceStatus = marketplaceStatus == null ? "" : marketplaceStatus;
    }
}
