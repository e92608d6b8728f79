package id.tenun.order.webhook;

import java.time.Instant;

import org.springframework.stereotype.Component;

import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.Orders;

/** {@link KnownChanges} from the stored orders: known if the order is stored with a change at least as new. */
@Component
class StoredOrderChanges implements KnownChanges {

    private final Orders orders;

    StoredOrderChanges(Orders orders) {
        this.orders = orders;
    }

    @Override
    public boolean knows(String channel, String externalOrderId, Instant updatedAt) {
        return orders.find(Order.idOf(channel, externalOrderId))
                .map(Order::updatedAt)
                .filter(known -> updatedAt != null && !known.isBefore(updatedAt))
                .isPresent();
    }
}
