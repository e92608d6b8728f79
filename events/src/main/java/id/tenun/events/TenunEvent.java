package id.tenun.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import id.tenun.events.group.GroupEvent;
import id.tenun.events.listing.ListingEvent;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.product.ProductEvent;
import id.tenun.events.shop.ShopEvent;
import id.tenun.events.shoporder.ShopOrderEvent;
import id.tenun.events.webhook.WebhookEvent;

/**
 * A fact that happened in Tenun and travels over Kafka.
 * <p>
 * Every event carries {@link #eventId()}, {@link #type()} (a short logical name on the wire such as
 * {@code product.changed}, never a Java class name), {@link #occurredAt()} (a UTC instant) and
 * {@link #schemaVersion()}. Events are grouped under one sealed interface per aggregate
 * ({@link ProductEvent}, {@link GroupEvent}, {@link ListingEvent}, {@link WebhookEvent}, {@link ShopEvent}, {@link ShopOrderEvent}, {@link OrderEvent});
 * aggregates that have one also carry their monotonically increasing {@code version}.
 * <p>
 * Write and read them with {@link EventJson}; the topic each one belongs on is {@link Topics#of(TenunEvent)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TenunEvent.TYPE_PROPERTY)
@JsonSubTypes({
        @JsonSubTypes.Type(ProductEvent.class),
        @JsonSubTypes.Type(GroupEvent.class),
        @JsonSubTypes.Type(ListingEvent.class),
        @JsonSubTypes.Type(WebhookEvent.class),
        @JsonSubTypes.Type(ShopEvent.class),
        @JsonSubTypes.Type(ShopOrderEvent.class),
        @JsonSubTypes.Type(OrderEvent.class)})
public interface TenunEvent {

    /** The JSON property that carries the logical type. */
    String TYPE_PROPERTY = "type";

    /** Unique per fact; a consumer that has seen it already changes nothing. */
    UUID eventId();

    /** The logical wire name, e.g. {@code product.changed}; written by {@link EventJson} as {@code "type"}. */
    @JsonIgnore
    String type();

    /** When the fact happened, as a UTC instant. */
    Instant occurredAt();

    /** The version of this event type's shape; see the module README for when it is bumped. */
    int schemaVersion();

    /** The Kafka record key for this event on its topic. */
    @JsonIgnore
    String key();

}
