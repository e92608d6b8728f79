package id.tenun.listing.order;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import id.tenun.marketplaces.OrderNotification;

/**
 * The last change of each order that was read and published, so that a webhook sent twice, a webhook and a poll
 * of the same change, or a poll's overlap costs the shop no second call.
 */
@Repository
class OrderReads {

    @Document("order_reads")
    record OrderRead(@Id String id, String status, Instant updatedAt, Instant readAt) {
    }

    private final MongoTemplate mongo;

    OrderReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String idOf(OrderNotification notification) {
        return notification.channel().id() + ":" + notification.shopId() + ":" + notification.externalOrderId();
    }

    /** Whether this change (status, and time where the marketplace gives one) was read already. */
    boolean knows(OrderNotification notification) {
        OrderRead read = mongo.findById(idOf(notification), OrderRead.class);
        return read != null && read.status().equals(notification.status().id())
                && (notification.updatedAt() == null
                        || read.updatedAt() != null && !notification.updatedAt().isAfter(read.updatedAt()));
    }

    void remember(OrderNotification notification, Instant now) {
        mongo.save(new OrderRead(idOf(notification), notification.status().id(), notification.updatedAt(), now));
    }
}
