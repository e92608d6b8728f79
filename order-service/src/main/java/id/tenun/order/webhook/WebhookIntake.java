package id.tenun.order.webhook;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.webhook.WebhookReceived;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.MarketplaceWebhooks;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.WebhookVerdict;

/**
 * What happens on the request thread, and nothing more: verify the signature and the time window over the raw
 * bytes, read the shop and order ids for the Kafka key, append the raw webhook and wait for the acknowledgement. A
 * signed push older than the window is a marketplace's retry after an outage (ours or its own) if it is new to us,
 * and is taken; if the order service already holds a change of that order as new, it is a replay: acknowledged, not
 * stored again ({@link KnownChanges}).
 */
@Service
public class WebhookIntake {

    /** The outcome the controller turns into an answer. */
    public enum Outcome {
        APPENDED,
        /** Verified, but about no shop (a push to the partner app as a whole): acknowledged, nothing to read. */
        NOT_FOR_A_SHOP,
        /** Signed, older than the window, and nothing new: acknowledged (a retry of what we hold), not stored. */
        ALREADY_KNOWN, UNKNOWN_CHANNEL, REFUSED, UNREADABLE, NOT_APPENDED
    }

    public record Result(Outcome outcome, WebhookVerdict verdict) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Marketplaces marketplaces;

    private final WebhookLog webhookLog;

    private final IntakeSettings settings;

    private final Clock clock;

    private final KnownChanges known;

    private final Counter notForAShop;

    private final Counter lateTaken;

    private final Counter lateKnown;

    WebhookIntake(Marketplaces marketplaces, WebhookLog webhookLog, IntakeSettings settings, KnownChanges known,
            Clock clock, MeterRegistry meters) {
        this.known = known;
        this.notForAShop = Counter.builder("tenun.orders.webhooks.not.for.a.shop")
                .description("Verified pushes about no shop, acknowledged and not stored")
                .register(meters);
        this.lateTaken = Counter.builder("tenun.orders.webhooks.late")
                .description("Signed pushes older than the replay window").tag("outcome", "new-taken")
                .register(meters);
        this.lateKnown = Counter.builder("tenun.orders.webhooks.late")
                .description("Signed pushes older than the replay window").tag("outcome", "known-acknowledged")
                .register(meters);
        this.marketplaces = marketplaces;
        this.webhookLog = webhookLog;
        this.settings = settings;
        this.clock = clock;
    }

    public Result receive(String channelId, Map<String, String> headers, byte[] body) {
        Optional<MarketplaceWebhooks> webhooks = webhooksOf(channelId);
        if (webhooks.isEmpty()) {
            return new Result(Outcome.UNKNOWN_CHANNEL, null);
        }
        WebhookVerdict verdict = webhooks.get().verify(headers, body);
        if (verdict == WebhookVerdict.UNREADABLE_BODY) {
            return new Result(Outcome.UNREADABLE, verdict);
        }
        boolean late = verdict == WebhookVerdict.STALE_TIMESTAMP;
        if (!verdict.accepted() && !late) {
            return new Result(Outcome.REFUSED, verdict);
        }
        if (late && !newToUs(webhooks.get(), body)) {
            lateKnown.increment();
            return new Result(Outcome.ALREADY_KNOWN, verdict);
        }
        Optional<Key> key = keyOf(webhooks.get(), body);
        if (key.isEmpty()) {
            return new Result(Outcome.UNREADABLE, WebhookVerdict.UNREADABLE_BODY);
        }
        if (key.get().shop() == null) {
            notForAShop.increment();
            return new Result(Outcome.NOT_FOR_A_SHOP, verdict);
        }
        WebhookReceived received = WebhookReceived.of(webhooks.get().channel().id(), key.get().shop(),
                key.get().order(), clock.instant(), headers, body);
        boolean appended = webhookLog.append(received, settings.appendTimeout());
        if (appended && late) {
            lateTaken.increment();
        }
        return new Result(appended ? Outcome.APPENDED : Outcome.NOT_APPENDED, verdict);
    }

    /**
     * Whether a signed push older than the window tells something we do not hold: an order change newer than the
     * stored order's (or of an order not stored). A push about no order (a product's audit, a shop's authorization)
     * is nothing to act on this late.
     */
    private boolean newToUs(MarketplaceWebhooks webhooks, byte[] body) {
        try {
            return webhooks.parse(body)
                    .filter(change -> !known.knows(change.channel().id(), change.externalOrderId(),
                            change.updatedAt()))
                    .isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Optional<MarketplaceWebhooks> webhooksOf(String channelId) {
        try {
            Channel channel = Channel.of(channelId);
            return marketplaces.channels().contains(channel)
                    ? Optional.of(marketplaces.webhooks(channel.id()))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Kafka key's parts: the shop (null for a push about no shop) and the order (null if not about one). */
    private record Key(String shop, String order) {
    }

    /** The push's shop and order ids, or empty if it cannot be read or its ids cannot key a record. */
    private static Optional<Key> keyOf(MarketplaceWebhooks webhooks, byte[] body) {
        try {
            Optional<OrderNotification> notification = webhooks.parse(body);
            String shop = notification.map(OrderNotification::shopId).filter(s -> !s.isBlank())
                    .orElseGet(() -> shopOf(body));
            String order = notification.map(OrderNotification::externalOrderId).orElse(null);
            if (shop == null || shop.isBlank() || shop.equals("0")) {
                return order == null ? Optional.of(new Key(null, null)) : Optional.empty();
            }
            if (shop.indexOf(':') >= 0 || (order != null && order.isBlank())) {
                return Optional.empty();
            }
            return Optional.of(new Key(shop, order));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String shopOf(byte[] body) {
        JsonNode tree = JSON.readTree(body);
        for (String field : new String[]{"shop_id", "seller_id"}) {
            String value = tree.path(field).asString("");
            if (!value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
