package id.tenun.catalog.stock.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.catalog.stock.MovementKind;
import id.tenun.catalog.stock.OrderLineStock;
import id.tenun.catalog.stock.StockLedger;
import id.tenun.events.Topics;
import id.tenun.events.order.OrderCancelled;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderLine;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.order.OrderReturned;

/** Orders move stock: placed reserves, cancelled and returned release; the ledger makes repeats harmless. */
@Component
class OrderEventsListener {

    private final StockLedger ledger;

    OrderEventsListener(StockLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(id = "catalog-stock", topics = Topics.ORDERS, groupId = "catalog-stock")
    void on(OrderEvent event) {
        if (event instanceof OrderPlaced placed) {
            placed.lines().forEach(line -> ledger.reserve(placed.orderId(), stock(line)));
        } else if (event instanceof OrderCancelled cancelled) {
            cancelled.lines().forEach(line -> ledger.release(cancelled.orderId(), stock(line),
                    MovementKind.CANCELLATION_RELEASE));
        } else if (event instanceof OrderReturned returned) {
            returned.lines().forEach(line -> ledger.release(returned.orderId(), stock(line),
                    MovementKind.RETURN_RELEASE));
        }
    }

    private static OrderLineStock stock(OrderLine line) {
        return new OrderLineStock(line.lineId(), line.sku(), line.productId(), line.quantity());
    }
}
