package id.tenun.order.processing.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.order.processing.OrderProcessor;
import id.tenun.order.processing.ProcessingSettings;

/**
 * Thin: an order as listing sync read it from its marketplace ({@code marketplace.orders.v1}) goes to the processor.
 * A failure is retried by the shared error handler, then parked on the dead-letter topic.
 */
@Component
class ShopOrderListener {

    private final OrderProcessor processor;

    private final ProcessingSettings settings;

    ShopOrderListener(OrderProcessor processor, ProcessingSettings settings) {
        this.processor = processor;
        this.settings = settings;
    }

    /** The consumer settings, read by the listener's annotation ({@code __listener} is this bean). */
    public ProcessingSettings settings() {
        return settings;
    }

    @KafkaListener(id = "order-shop-orders", groupId = "#{__listener.settings().groupId()}", topics = Topics.SHOP_ORDERS, concurrency = "#{__listener.settings().concurrency()}")
    void on(ShopOrderRead read) {
        processor.apply(read);
    }
}
