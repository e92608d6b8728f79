package id.tenun.marketplaces;

import java.util.Map;
import java.util.Optional;

/** What webhook intake needs: verify over the raw bytes, then parse into a normalized order notification. */
public interface MarketplaceWebhooks {

    Channel channel();

    /**
     * Checks the signature over the raw body in constant time, then (where the payload carries one) the timestamp
     * against the channel's window. Header names are matched case-insensitively.
     */
    WebhookVerdict verify(Map<String, String> headers, byte[] rawBody);

    /**
     * The order status change a verified webhook carries; empty for webhooks about something else (product audit,
     * deauthorization, banned item).
     */
    Optional<OrderNotification> parse(byte[] rawBody);
}
