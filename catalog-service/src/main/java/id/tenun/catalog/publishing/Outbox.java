package id.tenun.catalog.publishing;

/**
 * The catalog's documents are their own outbox: every write raises {@code version} and marks the document
 * {@code pending}; a relay publishes what is behind. Writers call {@link #changed()} after a write so that the
 * relay wakes at once instead of waiting for its periodic sweep. Calling it is cheap and never fails.
 */
public interface Outbox {

    void changed();
}
