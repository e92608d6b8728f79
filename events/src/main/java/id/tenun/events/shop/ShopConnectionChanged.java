package id.tenun.events.shop;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;
import id.tenun.events.EventIds;

/**
 * A group connected a marketplace shop, or its connection changed state, or it was disconnected: the shop's owner
 * and status as they now are (event-carried state; never a token or key).
 * <p>
 * Wire type {@value #TYPE}.
 *
 * @param channel the channel id, e.g. {@code shopee}
 * @param shopId the marketplace's shop id
 * @param groupId the group that holds the shop
 * @param status what Tenun does with the shop now
 * @param version grows with every change of the connection, so a consumer keeps the newest
 */
@JsonTypeName(ShopConnectionChanged.TYPE)
public record ShopConnectionChanged(UUID eventId, Instant occurredAt, int schemaVersion, String channel,
        String shopId, String groupId, ShopStatus status, long version) implements ShopEvent {

    public static final String TYPE = "shop.connection-changed";

    public static final int SCHEMA_VERSION = 1;

    /** A connection's state as other services need it. */
    public enum ShopStatus {

        /** Listings are pushed and orders read with the shop's credentials. */
        CONNECTED,

        /** The marketplace refused to renew the shop's tokens: nothing is called until the group connects again. */
        NEEDS_REAUTHORIZATION,

        /** The group disconnected the shop: its listings are delisted and its orders no longer read. */
        DISCONNECTED

    }

    public ShopConnectionChanged {
        Checks.header("ShopConnectionChanged", eventId, occurredAt, schemaVersion);
        Checks.channel(channel, "ShopConnectionChanged.channel");
        Checks.keyPart(shopId, "ShopConnectionChanged.shopId");
        Checks.notBlank(groupId, "ShopConnectionChanged.groupId");
        Checks.notNull(status, "ShopConnectionChanged.status");
        Checks.nonNegative(version, "ShopConnectionChanged.version");
    }

    /** The event of one state of a connection: its id is derived from the shop, group and version. */
    public static ShopConnectionChanged of(String channel, String shopId, String groupId, ShopStatus status,
            long version, Instant at) {
        return new ShopConnectionChanged(EventIds.derived(TYPE, channel + ":" + shopId + ":" + groupId, version), at,
                SCHEMA_VERSION, channel, shopId, groupId, status, version);
    }

    /** Whether the group still holds the shop (connected or waiting to be authorized again). */
    public boolean held() {
        return status != ShopStatus.DISCONNECTED;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return keyOf(channel, shopId);
    }

    /** {@code channel:shopId}: the newest record per shop survives compaction. */
    public static String keyOf(String channel, String shopId) {
        return channel + ":" + shopId;
    }

}
