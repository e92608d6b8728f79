package id.tenun.sandbox.buyers;

/**
 * Where an order's reverse order (its cancellation or return, a record of its own on TikTok Shop and Lazada) stands:
 * requested, refused by the seller, or done. Each channel names these its own way in its reverse-order lists.
 */
public enum Reverse {
    CANCEL_REQUESTED, CANCEL_REFUSED, CANCELLED, RETURN_REQUESTED, RETURN_REFUSED, RETURNED;

    /** Whether this is a cancellation (else a return). */
    public boolean cancel() {
        return this == CANCEL_REQUESTED || this == CANCEL_REFUSED || this == CANCELLED;
    }

    /** Whether the seller refused the request. */
    public boolean refused() {
        return this == CANCEL_REFUSED || this == RETURN_REFUSED;
    }
}
