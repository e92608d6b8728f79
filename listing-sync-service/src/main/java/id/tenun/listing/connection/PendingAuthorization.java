package id.tenun.listing.connection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A seller authorization started for a group: the state sent to the marketplace, kept only as its SHA-256 hash (the
 * id), bound to the group, the channel and the user who started it; it may come back once ({@code usedAt}) before
 * {@code expiresAt}.
 */
@Document("shop_authorizations")
public record PendingAuthorization(@Id String stateHash, String groupId, String channel, String startedBy,
        Instant createdAt, Instant expiresAt, Instant usedAt) {
}
