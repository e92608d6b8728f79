package id.tenun.order.order;

/** Where the processor sends {@code orders.v1} events (the Kafka adapter lives in {@code order.kafka}). */
public interface OrderEvents {

    /** Publishes what the order owes, waiting for the broker's acknowledgement; throws if it cannot. */
    void publish(Order order, PendingEvent event);
}
