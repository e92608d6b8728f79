package id.tenun.listing.listing;

/** The marketplace calls listing sync makes. */
public enum Operation {

    CREATE, UPDATE, UPDATE_PRICE, UPDATE_STOCK, DEACTIVATE, STATUS

}
