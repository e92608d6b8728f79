package id.tenun.console.services;

/** The services behind the console's pages. */
public enum Service {
    CATALOG, LISTING, ORDERS
}
