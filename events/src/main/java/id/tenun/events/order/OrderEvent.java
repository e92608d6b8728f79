package id.tenun.events.order;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/**
 * A step in an order's life, on topic {@code orders.v1}, keyed by Tenun's order id. An order moves forward only:
 * placed → paid → shipped → completed, or cancelled or returned on the way.
 * <p>
 * The catalog reserves stock on {@link OrderPlaced} and releases it on {@link OrderCancelled} and
 * {@link OrderReturned}, once per (order, line): a repeated event changes nothing.
 */
@JsonSubTypes({
        @JsonSubTypes.Type(OrderPlaced.class),
        @JsonSubTypes.Type(OrderPaid.class),
        @JsonSubTypes.Type(OrderShipped.class),
        @JsonSubTypes.Type(OrderCompleted.class),
        @JsonSubTypes.Type(OrderCancelled.class),
        @JsonSubTypes.Type(OrderReturned.class)})
public sealed interface OrderEvent extends TenunEvent
        permits OrderPlaced, OrderPaid, OrderShipped, OrderCompleted, OrderCancelled, OrderReturned {

    /** Tenun's order id. */
    String orderId();

    /** The channel id, e.g. {@code shopee}. */
    String channel();

    /** The marketplace's shop id. */
    String shopId();

    /** The marketplace's order id. */
    String externalOrderId();

    /** The producer groups whose products are in the order (one, usually). */
    List<String> groupIds();

    /** The order's version, increasing with every change Tenun records. */
    long version();

    /**
     * The lines this event is about: all of the order's lines, except for {@link OrderCancelled} and
     * {@link OrderReturned}, which carry the lines and quantities cancelled or returned.
     */
    List<OrderLine> lines();

    /** The sum of the lines, in whole rupiah. */
    @JsonIgnore
    default long totalRupiah() {
        long total = 0;
        for (OrderLine line : lines()) {
            total = Math.addExact(total, line.subtotalRupiah());
        }
        return total;
    }

    @Override
    default String key() {
        return orderId();
    }

}
