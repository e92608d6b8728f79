package id.tenun.order.lifecycle;

/**
 * An {@code orders.v1} event the order still owes the catalog (the order document is its own outbox).
 *
 * @param type {@code placed}, {@code paid}, {@code shipped}, {@code completed}, {@code cancelled}, {@code returned}
 * @param version the order's version when it was recorded
 */
public record PendingEvent(String type, long version) {
}
