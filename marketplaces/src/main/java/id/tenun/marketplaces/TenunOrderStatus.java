package id.tenun.marketplaces;

import java.util.Locale;

/**
 * An order's status in Tenun's terms, in lifecycle order. {@link #CANCEL_REQUESTED} and {@link #RETURN_REQUESTED}
 * are a buyer's requests the seller (or the marketplace) may still refuse: the sale stands until the request ends
 * in {@link #CANCELLED} or {@link #RETURNED}, and a refused one brings the order back to where it was.
 */
public enum TenunOrderStatus {
    CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCEL_REQUESTED, RETURN_REQUESTED, CANCELLED, RETURNED;

    /** The lowercase name used on the wire ({@code paid}, {@code cancel_requested}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a buyer's request that may still be refused. */
    public boolean requested() {
        return this == CANCEL_REQUESTED || this == RETURN_REQUESTED;
    }
}
