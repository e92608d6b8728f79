package id.tenun.listing.order.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.listing.order.OrderReadSettings;
import id.tenun.listing.order.ShopOrderReader;

/**
 * Thin: a verified raw webhook from {@code marketplace.webhooks.v1} goes to the reader, which reads the order with
 * the shop's credentials. A failure is retried by the shared error handler, then parked on the dead-letter topic
 * (polling reads the order later).
 */
@Component
class ShopWebhookListener {

    private final ShopOrderReader reader;
    private final OrderReadSettings settings;

    ShopWebhookListener(ShopOrderReader reader, OrderReadSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    /** The consumer settings, read by the listener's annotation ({@code __listener} is this bean). */
    public OrderReadSettings settings() {
        return settings;
    }

    @KafkaListener(id = "listing-sync-order-reads", groupId = "#{__listener.settings().groupId()}", topics = Topics.MARKETPLACE_WEBHOOKS, concurrency = "#{__listener.settings().concurrency()}")
    void on(WebhookReceived webhook) {
        reader.notified(webhook.channel(), webhook.body());
    }
}
