package id.tenun.listing.connection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The stored connections. */
@Repository
public class Connections {

    /** Removed connections still delist their listings with their tokens, so those are renewed too. */
    private static final List<Connection.Status> RENEWABLE = List.of(Connection.Status.ACTIVE,
            Connection.Status.REMOVED);

    private final MongoTemplate mongo;

    Connections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Connection> find(String groupId, String channel) {
        return Optional.ofNullable(mongo.findById(Connection.idOf(groupId, channel), Connection.class));
    }

    public Optional<Connection> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Connection.class));
    }

    /** The group's connections, removed ones included (their listings still have to be delisted). */
    public List<Connection> ofGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), Connection.class);
    }

    /** The connections of these groups, removed ones included, in one query. */
    public List<Connection> ofGroups(Collection<String> groupIds) {
        return groupIds.isEmpty()
                ? List.of()
                : mongo.find(Query.query(Criteria.where("groupId").in(groupIds)), Connection.class);
    }

    public List<Connection> onChannel(String channel) {
        return mongo.find(Query.query(Criteria.where("channel").is(channel)), Connection.class);
    }

    /** The active connections of a shop (one, unless staff pasted its tokens into several groups). */
    public List<Connection> activeOnShop(String channel, String shopId) {
        return mongo.find(Query.query(Criteria.where("channel").is(channel).and("shopId").is(shopId)
                .and("status").is(Connection.Status.ACTIVE)), Connection.class);
    }

    public List<Connection> all() {
        return mongo.findAll(Connection.class);
    }

    public Connection save(Connection connection) {
        return mongo.save(connection);
    }

    /**
     * Replaces the connection only if its stored credentials and refresh claim are still {@code read}'s (a token
     * refresh may have claimed it or stored new tokens meanwhile); false if they are not.
     */
    boolean replaceIfUnchanged(Connection next, Connection read) {
        return mongo.findAndReplace(claimedBy(read), next) != null;
    }

    /**
     * Connections (active, or removed and still delisting) whose access token expires before {@code expiringBefore},
     * that may still be renewed and that no one is renewing right now.
     */
    public List<Connection> dueForRefresh(Instant expiringBefore, Instant now) {
        return mongo.find(Query.query(Criteria.where("status").in(RENEWABLE)
                .and("accessTokenExpiresAt").lte(expiringBefore)
                .and("authorization.state").ne(Authorization.State.NEEDS_REAUTHORIZATION)
                .orOperator(Criteria.where("authorization.refreshLeaseUntil").is(null),
                        Criteria.where("authorization.refreshLeaseUntil").lt(now))),
                Connection.class);
    }

    /**
     * Takes the right to renew the connection's tokens until {@code until}: atomically, only if its credentials are
     * still those read, it may be renewed and no one else holds the right. A refresh token is single-use, so of two
     * instances only one may spend it.
     */
    public Optional<Connection> claimRefresh(Connection read, Instant now, Instant until) {
        Query query = sameCredentials(read).addCriteria(Criteria.where("status").in(RENEWABLE)
                .and("authorization.state").ne(Authorization.State.NEEDS_REAUTHORIZATION)
                .orOperator(Criteria.where("authorization.refreshLeaseUntil").is(null),
                        Criteria.where("authorization.refreshLeaseUntil").lt(now)));
        return Optional.ofNullable(mongo.findAndModify(query,
                new Update().set("authorization.refreshLeaseUntil", until),
                FindAndModifyOptions.options().returnNew(true), Connection.class));
    }

    /** Stores renewed credentials, only while the claim holds (same credentials, same lease). */
    boolean storeRenewed(Connection claimed, SealedSecret credentials, Instant expiresAt, Instant now) {
        return mongo.updateFirst(claimedBy(claimed), new Update().set("credentials", credentials)
                .set("accessTokenExpiresAt", expiresAt)
                .set("authorization", Authorization.renewed(now))
                .set("updatedAt", now), Connection.class).getModifiedCount() == 1;
    }

    /** Lets go of a claim without renewing (the marketplace could not be reached): the next look tries again. */
    public void releaseRefresh(Connection claimed) {
        mongo.updateFirst(claimedBy(claimed), new Update().unset("authorization.refreshLeaseUntil"), Connection.class);
    }

    /** Marks the connection as needing the group to authorize the shop again, unless its credentials changed. */
    public boolean markRefused(Connection claimed, Authorization refused) {
        return mongo.updateFirst(sameCredentials(claimed), new Update().set("authorization", refused)
                .set("updatedAt", refused.refusedAt()), Connection.class).getModifiedCount() == 1;
    }

    private static Query sameCredentials(Connection read) {
        return Query.query(Criteria.where("_id").is(read.id())
                .and("credentials.ciphertext").is(read.credentials().ciphertext()));
    }

    private static Query claimedBy(Connection claimed) {
        return sameCredentials(claimed)
                .addCriteria(Criteria.where("authorization.refreshLeaseUntil")
                        .is(claimed.authorization().refreshLeaseUntil()));
    }

}
