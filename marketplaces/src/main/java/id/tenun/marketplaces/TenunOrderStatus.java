package id.tenun.marketplaces;

/** An order's status in Tenun's terms, in lifecycle order. */
public enum TenunOrderStatus {
    CREATED, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, RETURNED;

    /** The lowercase name used on the wire ({@code paid}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
