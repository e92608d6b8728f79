package id.tenun.listing.order;

import id.tenun.events.shoporder.ShopOrderRead;

/** Where the orders read from the shops go ({@code marketplace.orders.v1}). */
public interface ShopOrderLog {

    /**
     * Appends the read and returns once the log acknowledged it.
     *
     * @throws IllegalStateException when it could not be appended (the caller retries)
     */
    void append(ShopOrderRead read);
}
