package id.tenun.order.lifecycle;

import java.time.Instant;

/**
 * One step in an order's status history.
 *
 * @param at when the marketplace made the change (UTC)
 * @param recordedAt when Tenun recorded it
 * @param source what made listing sync read it: {@code webhook}, {@code polling} or {@code connected}
 */
public record StatusChange(OrderStatus status, String marketplaceStatus, Instant at, Instant recordedAt,
        String source) {
}
