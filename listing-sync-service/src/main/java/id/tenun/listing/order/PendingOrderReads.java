package id.tenun.listing.order;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Order changes whose shop had no quota left when they came: parked here (durably: the webhook is acknowledged) and
 * read by {@link PendingOrderReadRetry} as the shop's quota allows, so a flooded shop never holds up another shop's
 * orders on the same Kafka partition. One per order: a newer change of a parked order replaces the older one.
 */
@Repository
class PendingOrderReads {

    @Document("pending_order_reads")
    record PendingRead(@Id String id, String channel, String shopId, String externalOrderId,
            String marketplaceStatus, TenunOrderStatus status, Instant updatedAt, String source, Instant parkedAt) {

        OrderNotification notification() {
            return new OrderNotification(Channel.of(channel), shopId, externalOrderId, marketplaceStatus, status,
                    updatedAt);
        }
    }

    private final MongoTemplate mongo;

    PendingOrderReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void park(OrderNotification notification, String source, Instant now) {
        mongo.upsert(query(where("_id").is(OrderReads.idOf(notification))), new Update()
                .set("channel", notification.channel().id())
                .set("shopId", notification.shopId())
                .set("externalOrderId", notification.externalOrderId())
                .set("marketplaceStatus", notification.marketplaceStatus())
                .set("status", notification.status())
                .set("updatedAt", notification.updatedAt())
                .set("source", source)
                .setOnInsert("parkedAt", now), PendingRead.class);
    }

    /** The oldest parked changes first. */
    List<PendingRead> oldest(int limit) {
        return mongo.find(new Query().with(Sort.by("parkedAt", "_id")).limit(limit), PendingRead.class);
    }

    /** Forgets a parked change, unless a newer change of the order was parked meanwhile. */
    void done(PendingRead read) {
        mongo.remove(query(where("_id").is(read.id()).and("status").is(read.status()).and("updatedAt")
                .is(read.updatedAt()).and("source").is(read.source())), PendingRead.class);
    }

    long count() {
        return mongo.count(new Query(), PendingRead.class);
    }
}
