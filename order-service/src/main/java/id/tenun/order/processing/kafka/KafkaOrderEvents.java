package id.tenun.order.processing.kafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import id.tenun.events.EventIds;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.order.OrderCancelled;
import id.tenun.events.order.OrderCompleted;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderLine;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.order.OrderReturned;
import id.tenun.events.order.OrderShipped;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.PendingEvent;
import id.tenun.order.processing.OrderEvents;

/**
 * Publishes an order's owed events on {@code orders.v1}, keyed by order id. The event id is derived from (order,
 * type), so publishing the same step twice (after a crash) publishes the same event, which the catalog ignores.
 * Cancelled and returned carry every line: Tenun's marketplaces cancel and return whole orders. An order none of
 * whose SKUs is known is not published ({@link Order#eventsHeld()}): it names no group.
 */
@Component
class KafkaOrderEvents implements OrderEvents {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaTemplate<String, TenunEvent> kafka;

    KafkaOrderEvents(KafkaTemplate<String, TenunEvent> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publish(Order order, PendingEvent pending) {
        OrderEvent event = toEvent(order, pending);
        try {
            kafka.send(Topics.ORDERS, event.key(), event).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + event.type(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event.type() + " of order " + order.id(), e);
        }
    }

    static OrderEvent toEvent(Order order, PendingEvent pending) {
        UUID eventId = EventIds.derived("orders.v1", order.id(), pending.type());
        List<OrderLine> lines = order.lines().stream()
                .map(line -> new OrderLine(line.lineId(), line.sku(), line.productId(), line.quantity(),
                        line.unitPriceRupiah()))
                .toList();
        List<String> groups = order.groupIds();
        var at = order.changedAt();
        long version = Math.max(1, pending.version());
        return switch (pending.type()) {
            case "placed" -> new OrderPlaced(eventId, at, OrderPlaced.SCHEMA_VERSION, order.id(), order.channel(),
                    order.shopId(), order.externalOrderId(), groups, version, lines);
            case "paid" -> new OrderPaid(eventId, at, OrderPaid.SCHEMA_VERSION, order.id(), order.channel(),
                    order.shopId(), order.externalOrderId(), groups, version, lines);
            case "shipped" -> new OrderShipped(eventId, at, OrderShipped.SCHEMA_VERSION, order.id(), order.channel(),
                    order.shopId(), order.externalOrderId(), groups, version, lines, null, null);
            case "completed" -> new OrderCompleted(eventId, at, OrderCompleted.SCHEMA_VERSION, order.id(),
                    order.channel(), order.shopId(), order.externalOrderId(), groups, version, lines);
            case "cancelled" -> new OrderCancelled(eventId, at, OrderCancelled.SCHEMA_VERSION, order.id(),
                    order.channel(), order.shopId(), order.externalOrderId(), groups, version, lines,
                    order.marketplaceStatus());
            case "returned" -> new OrderReturned(eventId, at, OrderReturned.SCHEMA_VERSION, order.id(),
                    order.channel(), order.shopId(), order.externalOrderId(), groups, version, lines, null);
            default -> throw new IllegalArgumentException("Unknown order event type " + pending.type());
        };
    }
}
