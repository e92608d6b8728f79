package id.tenun.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.ChannelOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.Signatures;
import id.tenun.sandbox.sellers.ChannelShops;

/**
 * A channel's pushes to its webhook URL, signed as the channel signs them; each stand-in says what its pushes carry
 * and how its order ids look.
 */
public abstract class SignedPushes implements ChannelOrders {

    private final ChannelShops<?> shops;

    private final PushTarget target;

    private final WebhookDispatcher dispatcher;

    private final Clock clock;

    protected SignedPushes(ChannelShops<?> shops, PushTarget target, WebhookDispatcher dispatcher, Clock clock) {
        this.shops = shops;
        this.target = target;
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

    protected Instant now() {
        return clock.instant();
    }

    /** Sends the body, signed, to the target, retried as the channel retries. */
    protected void push(ObjectNode body) {
        byte[] raw = Json.write(body).getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.lowerHex(target.secret(),
                Signatures.join(target.signedPrefix().getBytes(StandardCharsets.UTF_8), raw));
        dispatcher.dispatch(channel(), target.url(), Map.of("Authorization", signature), raw, target.retry());
    }
}
