package id.tenun.sandbox.buyers;

import java.util.Set;

/**
 * Where a sandbox order is in its life; each channel names these its own way. A buyer's cancellation or return
 * request ({@link #CANCEL_REQUESTED}, {@link #RETURN_REQUESTED}) ends in {@link #CANCELLED} or {@link #RETURNED}, or
 * is refused and the order goes back to where it was ({@link SandboxOrder#refuse}).
 */
public enum Stage {
    UNPAID, PAID, SHIPPED, DELIVERED, COMPLETED, CANCEL_REQUESTED, RETURN_REQUESTED, CANCELLED, RETURNED;

    public boolean canMoveTo(Stage next) {
        return switch (this) {
            case UNPAID -> Set.of(PAID, CANCELLED).contains(next);
            case PAID -> Set.of(SHIPPED, CANCEL_REQUESTED, CANCELLED).contains(next);
            case SHIPPED -> next == DELIVERED;
            case DELIVERED -> Set.of(COMPLETED, RETURN_REQUESTED, RETURNED).contains(next);
            case COMPLETED -> next == RETURN_REQUESTED;
            case CANCEL_REQUESTED -> next == CANCELLED;
            case RETURN_REQUESTED -> next == RETURNED;
            case CANCELLED, RETURNED -> false;
        };
    }

    /** The usual next step, ignoring cancellations and returns. */
    public Stage next() {
        return switch (this) {
            case UNPAID -> PAID;
            case PAID -> SHIPPED;
            case SHIPPED -> DELIVERED;
            case DELIVERED -> COMPLETED;
            default -> this;
        };
    }

    public boolean open() {
        return this != COMPLETED && this != CANCELLED && this != RETURNED;
    }

    /** A buyer's request the seller may still refuse. */
    public boolean requested() {
        return this == CANCEL_REQUESTED || this == RETURN_REQUESTED;
    }
}
