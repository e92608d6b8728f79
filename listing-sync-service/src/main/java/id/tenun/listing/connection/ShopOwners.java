package id.tenun.listing.connection;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Which group holds each shop authorized through Tenun: one shop, one group. A shop is taken by inserting its
 * {@code channel:shopId} as an id, which the database keeps unique, so of two groups racing for a shop one wins.
 */
@Repository
public class ShopOwners {

    private final MongoTemplate mongo;

    ShopOwners(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes the shop for the group; true if it is now the group's (or already was), false if another's. */
    boolean take(String channel, String shopId, String groupId, Instant now) {
        try {
            mongo.insert(new Owner(idOf(channel, shopId), groupId, now));
            return true;
        } catch (DuplicateKeyException held) {
            Owner owner = mongo.findById(idOf(channel, shopId), Owner.class);
            return owner == null ? take(channel, shopId, groupId, now) : owner.groupId().equals(groupId);
        }
    }

    /** Lets the shop go, if the group holds it. */
    void release(String channel, String shopId, String groupId) {
        mongo.remove(Query.query(Criteria.where("_id").is(idOf(channel, shopId)).and("groupId").is(groupId)),
                Owner.class);
    }

    private static String idOf(String channel, String shopId) {
        return channel + ":" + shopId;
    }

    /** The group holding a shop, since when. */
    @Document("shop_owners")
    record Owner(@Id String id, String groupId, Instant since) {
    }
}
