package id.tenun.order.webhook;

import java.time.Duration;

import id.tenun.events.webhook.WebhookReceived;

/** Where verified webhooks are appended ({@code marketplace.webhooks.v1}; the adapter is in {@code webhook.kafka}). */
public interface WebhookLog {

    /** Appends and waits for the broker's acknowledgement; false if it did not come in time or failed. */
    boolean append(WebhookReceived webhook, Duration timeout);
}
