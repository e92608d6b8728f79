package id.tenun.listing.state;

/**
 * The marketplace calls listing sync makes. {@code FIND_OR_CREATE} is a create after one that may have landed (its
 * answer was lost): the listing is first looked up by seller SKU, and one found is adopted and updated instead of
 * created again.
 */
public enum Operation {

    CREATE, FIND_OR_CREATE, UPDATE, UPDATE_PRICE, UPDATE_STOCK, DEACTIVATE, STATUS

}
