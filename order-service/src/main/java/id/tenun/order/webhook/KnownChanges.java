package id.tenun.order.webhook;

import java.time.Instant;

/**
 * Whether the order service already holds a change of an order as new as a push's: what tells a push older than the
 * replay window that is only a replay (known: acknowledged, not stored again) from a marketplace's retry after an
 * outage (new to us: taken).
 */
@FunctionalInterface
interface KnownChanges {

    boolean knows(String channel, String externalOrderId, Instant updatedAt);
}
