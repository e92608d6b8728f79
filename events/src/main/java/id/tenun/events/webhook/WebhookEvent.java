package id.tenun.events.webhook;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/** Marketplace webhooks, on topic {@code marketplace.webhooks.v1}, keyed by {@code channel:shop:order}. */
@JsonSubTypes(@JsonSubTypes.Type(WebhookReceived.class))
public sealed interface WebhookEvent extends TenunEvent permits WebhookReceived {

}
