package id.tenun.sandbox.buyers;

import java.util.Set;

/** Where a sandbox order is in its life; each channel names these its own way. */
public enum Stage {
    UNPAID, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, RETURNED;

    public boolean canMoveTo(Stage next) {
        return switch (this) {
            case UNPAID -> Set.of(PAID, CANCELLED).contains(next);
            case PAID -> Set.of(SHIPPED, CANCELLED).contains(next);
            case SHIPPED -> next == DELIVERED;
            case DELIVERED -> Set.of(COMPLETED, RETURNED).contains(next);
            case COMPLETED, CANCELLED, RETURNED -> false;
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
}
