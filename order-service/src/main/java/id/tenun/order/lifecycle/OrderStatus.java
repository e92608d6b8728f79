package id.tenun.order.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.tenun.support.problems.InvalidInput;

/**
 * An order's status in Tenun, and the lifecycle it follows: created → paid → shipped → delivered → completed;
 * cancelled before delivery; returned after shipping (a return can follow completion). A buyer's cancellation or
 * return request ({@link #CANCEL_REQUESTED}, {@link #RETURN_REQUESTED}) may still be refused: the sale stands until it
 * ends in {@link #CANCELLED} or {@link #RETURNED}, and a refusal brings the order back to where it was (the order
 * decides that, {@link Order#observe}). Otherwise a status only moves forward: a notification may skip steps it did
 * not hear about, but never goes back.
 */
public enum OrderStatus {

    CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCEL_REQUESTED, RETURN_REQUESTED, CANCELLED, RETURNED;

    /** The steps the marketplaces allow directly from this status (a refused request's way back aside). */
    public Set<OrderStatus> nextSteps() {
        return switch (this) {
            case CREATED -> EnumSet.of(PAID, CANCEL_REQUESTED, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCEL_REQUESTED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, CANCEL_REQUESTED, RETURN_REQUESTED, CANCELLED, RETURNED);
            case DELIVERED -> EnumSet.of(COMPLETED, RETURN_REQUESTED, RETURNED);
            case COMPLETED -> EnumSet.of(RETURN_REQUESTED, RETURNED);
            case CANCEL_REQUESTED -> EnumSet.of(CANCELLED);
            case RETURN_REQUESTED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /**
     * Whether {@code next} lies ahead of this status in the lifecycle (reachable in one or more steps, so missed
     * notifications in between do not block it). The same status, or one behind, is not.
     */
    public boolean canMoveTo(OrderStatus next) {
        Set<OrderStatus> seen = EnumSet.noneOf(OrderStatus.class);
        Set<OrderStatus> frontier = EnumSet.copyOf(nextSteps().isEmpty() ? EnumSet.of(this) : nextSteps());
        if (nextSteps().isEmpty()) {
            return false;
        }
        while (!frontier.isEmpty()) {
            if (frontier.contains(next)) {
                return true;
            }
            seen.addAll(frontier);
            Set<OrderStatus> following = EnumSet.noneOf(OrderStatus.class);
            frontier.forEach(status -> following.addAll(status.nextSteps()));
            following.removeAll(seen);
            frontier = following;
        }
        return false;
    }

    public boolean terminal() {
        return nextSteps().isEmpty();
    }

    /** Whether this is a buyer's request that may still be refused: the sale stands meanwhile. */
    public boolean requested() {
        return this == CANCEL_REQUESTED || this == RETURN_REQUESTED;
    }

    /**
     * Whether the sale is undone: cancelled or returned orders add nothing to net sales. A request is not: until it
     * is granted the goods are sold and the stock stays taken.
     */
    public boolean undone() {
        return this == CANCELLED || this == RETURNED;
    }

    /**
     * The {@code orders.v1} event this status announces ({@code paid}, ...); none for created and delivered, and none
     * for a request: the catalog moves stock on the final {@code cancelled} or {@code returned} only.
     */
    public Optional<String> announcedAs() {
        return switch (this) {
            case PAID -> Optional.of("paid");
            case SHIPPED -> Optional.of("shipped");
            case COMPLETED -> Optional.of("completed");
            case CANCELLED -> Optional.of("cancelled");
            case RETURNED -> Optional.of("returned");
            case CREATED, DELIVERED, CANCEL_REQUESTED, RETURN_REQUESTED -> Optional.empty();
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            String all = "created, paid, shipped, delivered, completed, cancel_requested, return_requested, cancelled,"
                    + " returned";
            throw InvalidInput.of("status", "Harus salah satu dari " + all + " (sekarang '" + name + "').",
                    "Must be one of " + all + " (was '" + name + "').");
        }
    }
}
