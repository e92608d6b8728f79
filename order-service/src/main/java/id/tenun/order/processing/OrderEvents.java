package id.tenun.order.processing;

import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.PendingEvent;

/** Where the processor sends {@code orders.v1} events (the Kafka adapter lives in {@code processing.kafka}). */
public interface OrderEvents {

    /** Publishes what the order owes, waiting for the broker's acknowledgement; throws if it cannot. */
    void publish(Order order, PendingEvent event);
}
