package id.tenun.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.ChannelOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.Signatures;
import id.tenun.sandbox.sellers.ChannelShops;

/**
 * A channel's pushes to its webhook URL, with {@code Authorization} = lowercase hex HMAC-SHA256(secret, signedPrefix +
 * body), retried as its settings say; its order ids are numbers counted up from the channel's own (a channel may
 * write them its way). Each stand-in says what its pushes carry.
 */
public abstract class SignedPushes implements ChannelOrders {

    private final ChannelShops<?> shops;

    private final PushSettings settings;

    private final String secret;

    private final String signedPrefix;

    private final AtomicLong orderNumbers;

    private final WebhookDispatcher dispatcher;

    private final Clock clock;

    /** @param lastOrderNumber the number before the first order's */
    protected SignedPushes(ChannelShops<?> shops, PushSettings settings, String secret, String signedPrefix,
            long lastOrderNumber, WebhookDispatcher dispatcher, Clock clock) {
        this.shops = shops;
        this.settings = settings;
        this.secret = secret;
        this.signedPrefix = signedPrefix;
        this.orderNumbers = new AtomicLong(lastOrderNumber);
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return shops.channel();
    }

    @Override
    public List<String> shopIds() {
        return shops.ids();
    }

    @Override
    public String newOrderId() {
        return Long.toString(nextOrderNumber());
    }

    protected long nextOrderNumber() {
        return orderNumbers.incrementAndGet();
    }

    protected long lastOrderNumber() {
        return orderNumbers.get();
    }

    protected Instant now() {
        return clock.instant();
    }

    /** Sends the body, signed. */
    protected void push(ObjectNode body) {
        byte[] raw = Json.write(body).getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.lowerHex(secret,
                Signatures.join(signedPrefix.getBytes(StandardCharsets.UTF_8), raw));
        dispatcher.dispatch(channel(), settings.webhookUrl(), Map.of("Authorization", signature), raw,
                new RetryPolicy(settings.webhookMaxAttempts(), settings.webhookRetryInterval()));
    }
}
