package id.tenun.listing.order;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import id.tenun.marketplaces.OrderNotification;
import id.tenun.support.paging.PageRequest;

/** The orders of shops no group holds, kept until their shop is connected. */
@Repository
public class UnmatchedOrders {

    private final MongoTemplate mongo;

    UnmatchedOrders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keeps (or updates) the order; true if it was not kept before. */
    boolean keep(OrderNotification notification, UnmatchedOrder.Reason reason, Instant now) {
        Update update = new Update().setOnInsert("channel", notification.channel().id())
                .setOnInsert("shopId", notification.shopId())
                .setOnInsert("externalOrderId", notification.externalOrderId())
                .setOnInsert("firstSeenAt", now)
                .set("marketplaceStatus", notification.marketplaceStatus())
                .set("status", notification.status())
                .set("updatedAt", notification.updatedAt())
                .set("reason", reason)
                .set("lastSeenAt", now)
                .inc("notifications", 1);
        return mongo.upsert(query(where("_id").is(OrderReads.idOf(notification))), update, UnmatchedOrder.class)
                .getUpsertedId() != null;
    }

    List<UnmatchedOrder> ofShop(String channel, String shopId) {
        return mongo.find(query(where("channel").is(channel).and("shopId").is(shopId)), UnmatchedOrder.class);
    }

    void forget(UnmatchedOrder order) {
        mongo.remove(query(where("_id").is(order.id())), UnmatchedOrder.class);
    }

    /** A page of them, newest change first; {@code channel} may be null for every channel. */
    public List<UnmatchedOrder> page(String channel, PageRequest page) {
        Query query = new Query(criteria(channel)).with(Sort.by(Sort.Direction.DESC, "lastSeenAt", "_id"))
                .skip(page.offset())
                .limit(page.size());
        return mongo.find(query, UnmatchedOrder.class);
    }

    public long count(String channel) {
        return mongo.count(new Query(criteria(channel)), UnmatchedOrder.class);
    }

    private static Criteria criteria(String channel) {
        return channel == null ? new Criteria() : where("channel").is(channel);
    }
}
