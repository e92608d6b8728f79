package id.tenun.listing.connection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group's shop on one channel: which shop, its sealed credentials, which products to list and the price and
 * stock rules. One per (group, channel); its id is {@code groupId:channel}. {@code rulesVersion} grows with every
 * change that alters what should be listed, so listings follow.
 */
@Document("connections")
public record Connection(@Id String id, String groupId, String channel, String shopId, SealedSecret credentials,
        Instant accessTokenExpiresAt, ProductSelection products, PriceRule price, StockRule stock, Status status,
        long rulesVersion, Instant createdAt, Instant updatedAt) {

    public static String idOf(String groupId, String channel) {
        return groupId + ":" + channel;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Connection removed(Instant now) {
        return new Connection(id, groupId, channel, shopId, credentials, accessTokenExpiresAt, products, price, stock,
                Status.REMOVED, rulesVersion + 1, createdAt, now);
    }

    public Connection withCredentials(SealedSecret sealed, Instant expiresAt, Instant now) {
        return new Connection(id, groupId, channel, shopId, sealed, expiresAt, products, price, stock, status,
                rulesVersion, createdAt, now);
    }

    @Override
    public String toString() {
        return "Connection[" + id + ", shop " + shopId + ", " + status + "]";
    }

    public enum Status {

        ACTIVE,

        /** Disconnected by the group: its listings are being delisted; credentials kept until then. */
        REMOVED

    }

}
