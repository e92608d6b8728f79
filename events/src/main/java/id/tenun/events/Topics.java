package id.tenun.events;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import id.tenun.events.group.GroupEvent;
import id.tenun.events.listing.ListingEvent;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.product.ProductEvent;
import id.tenun.events.shop.ShopEvent;
import id.tenun.events.shoporder.ShopOrderEvent;
import id.tenun.events.webhook.WebhookEvent;

/**
 * Tenun's Kafka topics: their names, keys and declarations, in one place. Declare them all from
 * {@link #allWithDeadLetters()}; never let a broker auto-create them.
 */
public final class Topics {

    /** Product snapshots ({@link ProductEvent}), keyed by product id; compacted. */
    public static final String PRODUCTS = "catalog.products.v1";

    /** Group snapshots ({@link GroupEvent}), keyed by group id; compacted. */
    public static final String GROUPS = "catalog.groups.v1";

    /** Listing states ({@link ListingEvent}), keyed by product id. */
    public static final String LISTING_STATUS = "listing.status.v1";

    /** Verified raw webhooks ({@link WebhookEvent}), keyed by {@code channel:shop:order}. */
    public static final String MARKETPLACE_WEBHOOKS = "marketplace.webhooks.v1";

    /** Which group holds which shop ({@link ShopEvent}), keyed by {@code channel:shopId}; compacted. */
    public static final String SHOPS = "listing.shops.v1";

    /** Orders as read from their marketplace ({@link ShopOrderEvent}), keyed by {@code channel:shop:order}. */
    public static final String SHOP_ORDERS = "marketplace.orders.v1";

    /** Normalized order events ({@link OrderEvent}), keyed by Tenun's order id. */
    public static final String ORDERS = "orders.v1";

    /** Appended to a topic's name to name its dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Partitions of every topic: enough for a few consumers per service, few enough for a laptop broker. */
    public static final int PARTITIONS = 6;

    /** How long a dead-letter topic keeps what landed there, for people to look at and replay. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    public static final TopicSpec PRODUCTS_TOPIC = new TopicSpec(PRODUCTS, PARTITIONS, true, null, ProductEvent.class);

    public static final TopicSpec GROUPS_TOPIC = new TopicSpec(GROUPS, PARTITIONS, true, null, GroupEvent.class);

    public static final TopicSpec LISTING_STATUS_TOPIC = new TopicSpec(LISTING_STATUS, PARTITIONS, false,
            Duration.ofDays(30), ListingEvent.class);

    public static final TopicSpec MARKETPLACE_WEBHOOKS_TOPIC = new TopicSpec(MARKETPLACE_WEBHOOKS, PARTITIONS, false,
            Duration.ofDays(7), WebhookEvent.class);

    public static final TopicSpec SHOPS_TOPIC = new TopicSpec(SHOPS, PARTITIONS, true, null, ShopEvent.class);

    public static final TopicSpec SHOP_ORDERS_TOPIC = new TopicSpec(SHOP_ORDERS, PARTITIONS, false, Duration.ofDays(7),
            ShopOrderEvent.class);

    public static final TopicSpec ORDERS_TOPIC = new TopicSpec(ORDERS, PARTITIONS, false, Duration.ofDays(30),
            OrderEvent.class);

    private static final List<TopicSpec> ALL = List.of(PRODUCTS_TOPIC, GROUPS_TOPIC, LISTING_STATUS_TOPIC,
            MARKETPLACE_WEBHOOKS_TOPIC, SHOPS_TOPIC, SHOP_ORDERS_TOPIC, ORDERS_TOPIC);

    private static final List<TopicSpec> ALL_WITH_DEAD_LETTERS = ALL.stream()
            .flatMap((spec) -> Stream.of(spec, spec.deadLetter()))
            .toList();

    private Topics() {
    }

    /** The event topics. */
    public static List<TopicSpec> all() {
        return ALL;
    }

    /** The event topics, each followed by its dead-letter topic: everything to declare. */
    public static List<TopicSpec> allWithDeadLetters() {
        return ALL_WITH_DEAD_LETTERS;
    }

    /** {@code <topic>.DLT}, where poison messages go with the reason in headers. */
    public static String deadLetterOf(String topic) {
        Checks.notBlank(topic, "topic");
        if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("'" + topic + "' is a dead-letter topic already");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The declaration of a topic (event or dead-letter) by name. */
    public static TopicSpec named(String name) {
        return ALL_WITH_DEAD_LETTERS.stream()
                .filter((spec) -> spec.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Tenun topic is named '" + name + "'"));
    }

    /** The topic an event belongs on. */
    public static TopicSpec of(TenunEvent event) {
        Checks.notNull(event, "event");
        return ALL.stream()
                .filter((spec) -> spec.eventType().isInstance(event))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic carries " + event.type()));
    }

}
