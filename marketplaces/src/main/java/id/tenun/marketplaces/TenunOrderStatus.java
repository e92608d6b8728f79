package id.tenun.marketplaces;

import java.util.Locale;

/** An order's status in Tenun's terms, in lifecycle order. */
public enum TenunOrderStatus {
    CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, RETURNED;

    /** The lowercase name used on the wire ({@code paid}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
