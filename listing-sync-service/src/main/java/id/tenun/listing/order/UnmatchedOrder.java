package id.tenun.listing.order;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * An order of a shop that no group holds now (never connected, disconnected, or waiting for the group to authorize
 * it again): its credentials are not Tenun's, so it cannot be read. Kept until the shop is connected, then read and
 * attributed to the group.
 *
 * @param id {@code channel:shopId:externalOrderId}
 * @param status the last status a webhook or a poll told, in Tenun's terms
 * @param reason why it could not be read
 * @param notifications how many changes of it came in
 */
@Document("unmatched_orders")
public record UnmatchedOrder(@Id String id, String channel, String shopId, String externalOrderId,
        String marketplaceStatus, TenunOrderStatus status, Instant updatedAt, Reason reason, Instant firstSeenAt,
        Instant lastSeenAt, long notifications) {

    /** Why an order was not read. */
    public enum Reason {

        /** No group holds the shop. */
        SHOP_NOT_CONNECTED,

        /** The marketplace refused to renew the shop's tokens: the group must authorize it again. */
        SHOP_NEEDS_REAUTHORIZATION
    }

    /** The last change, as a notification to read once the shop is connected. */
    public OrderNotification notification() {
        return new OrderNotification(Channel.of(channel), shopId, externalOrderId, marketplaceStatus, status,
                updatedAt);
    }
}
