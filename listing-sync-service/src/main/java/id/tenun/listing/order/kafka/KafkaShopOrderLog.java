package id.tenun.listing.order.kafka;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.listing.order.ShopOrderLog;

/** Appends order reads to {@code marketplace.orders.v1}, keyed by {@code channel:shop:order}, and waits for Kafka. */
@Component
class KafkaShopOrderLog implements ShopOrderLog {

    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final KafkaTemplate<String, TenunEvent> kafka;

    KafkaShopOrderLog(KafkaTemplate<String, TenunEvent> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void append(ShopOrderRead read) {
        try {
            kafka.send(Topics.SHOP_ORDERS, read.key(), read).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while appending order " + read.key(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Order " + read.key() + " was not appended: " + e, e);
        }
    }
}
