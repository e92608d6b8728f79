package id.tenun.order.processing.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.order.marketplace.ConnectedShops;
import id.tenun.order.processing.OrderProcessor;
import id.tenun.order.processing.ProcessingSettings;

/**
 * Thin: a verified raw webhook from {@code marketplace.webhooks.v1} is parsed by its marketplace's adapter and
 * handed to the processor. Webhooks about something else than an order (product audit, deauthorization) are
 * skipped. A failure is retried by the shared error handler, then parked on the dead-letter topic (polling finds
 * the order later).
 */
@Component
class WebhookListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookListener.class);

    private final Marketplaces marketplaces;

    private final OrderProcessor processor;

    private final ConnectedShops shops;

    private final ProcessingSettings settings;

    WebhookListener(Marketplaces marketplaces, OrderProcessor processor, ConnectedShops shops,
            ProcessingSettings settings) {
        this.marketplaces = marketplaces;
        this.processor = processor;
        this.shops = shops;
        this.settings = settings;
    }

    /** The consumer settings, read by the listener's annotation ({@code __listener} is this bean). */
    public ProcessingSettings settings() {
        return settings;
    }

    @KafkaListener(id = "order-webhooks", groupId = "#{__listener.settings().groupId()}", topics = Topics.MARKETPLACE_WEBHOOKS, concurrency = "#{__listener.settings().concurrency()}")
    void on(WebhookReceived webhook) {
        if (!shops.connects(webhook.channel(), webhook.shopId())) {
            log.debug("Skipping a {} webhook of shop {}, which is not connected", webhook.channel(), webhook.shopId());
            return;
        }
        marketplaces.webhooks(webhook.channel()).parse(webhook.body()).ifPresentOrElse(
                notification -> processor.apply(notification, "webhook"),
                () -> log.debug("Skipping a {} webhook that is not about an order", webhook.channel()));
    }
}
