package id.tenun.catalog.stock;

/** Why stock moved. */
public enum MovementKind {

    /** The stock a new variant came with. */
    OPENING,

    /** A person counted, produced or lost goods and said why. */
    ADJUSTMENT,

    /** An order was placed: its quantity is held for it. */
    RESERVATION,

    /** An order (line) was cancelled: what it held comes back. */
    CANCELLATION_RELEASE,

    /** Goods came back from a buyer. */
    RETURN_RELEASE
}
