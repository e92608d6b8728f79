package id.tenun.listing.order;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * The furthest change of each order that was read and published (the status the read showed, the newest time), so
 * that a webhook sent twice, a webhook and a poll of the same change, a poll's overlap, or a late webhook of an earlier
 * status costs the shop no second call.
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

    /**
     * Whether this change was read already: where the marketplace gives a time, it is not newer, and its status is not
     * further along than the one read (TikTok Shop's order list keeps a returned order completed) or it is older than
     * the read (a late push of a request that was refused since: the way back from a request is not "further").
     */
    boolean knows(OrderNotification notification) {
        OrderRead read = mongo.findById(idOf(notification), OrderRead.class);
        if (read == null) {
            return false;
        }
        boolean notFurther = notification.status().ordinal() <= TenunOrderStatus
                .valueOf(read.status().toUpperCase(Locale.ROOT))
                .ordinal();
        if (notification.updatedAt() == null) {
            return notFurther;
        }
        return read.updatedAt() != null && !notification.updatedAt().isAfter(read.updatedAt())
                && (notFurther || notification.updatedAt().isBefore(read.updatedAt()));
    }

    /** Remembers what the read showed (its status is the further along of the detail's and the notification's). */
    void remember(ShopOrderRead read, Instant now) {
        mongo.save(new OrderRead(read.key(), read.status(), read.updatedAt(), now));
    }
}
