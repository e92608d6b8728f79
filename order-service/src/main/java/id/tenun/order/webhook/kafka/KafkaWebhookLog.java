package id.tenun.order.webhook.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.order.webhook.WebhookLog;

/** Appends with the shared producer: acks=all, idempotent; keyed {@code channel:shop:order}. */
@Component
class KafkaWebhookLog implements WebhookLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaWebhookLog.class);

    private final KafkaTemplate<String, TenunEvent> kafka;

    KafkaWebhookLog(KafkaTemplate<String, TenunEvent> kafka) {
        this.kafka = kafka;
    }

    @Override
    public boolean append(WebhookReceived webhook, Duration timeout) {
        try {
            kafka.send(Topics.MARKETPLACE_WEBHOOKS, webhook.key(), webhook).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not append a {} webhook to Kafka: {}", webhook.channel(), e.toString());
            return false;
        }
    }
}
