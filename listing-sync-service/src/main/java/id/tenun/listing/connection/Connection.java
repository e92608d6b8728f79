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
        long rulesVersion, Instant createdAt, Instant updatedAt, Authorization authorization) {

    public Connection {
        authorization = authorization == null ? Authorization.NEW : authorization;
    }

    public static String idOf(String groupId, String channel) {
        return groupId + ":" + channel;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Connection removed(Instant now) {
        return new Connection(id, groupId, channel, shopId, credentials, accessTokenExpiresAt, products, price, stock,
                Status.REMOVED, rulesVersion + 1, createdAt, now, authorization);
    }

    /** Whether the marketplace refused to renew this shop's tokens: no call is made until the group reconnects. */
    public boolean needsReauthorization() {
        return authorization.needsReauthorization();
    }

    /** Whether these are the credentials another copy of the connection was read with (every sealing differs). */
    public boolean sameCredentials(Connection other) {
        return credentials != null && other.credentials != null
                && credentials.ciphertext().equals(other.credentials.ciphertext());
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
