package id.tenun.marketplaces;

import java.util.Objects;

/**
 * A listing as its marketplace shows it: where it stands (as {@link MarketplaceListings#status} answers) and the
 * price and stock buyers see, which a seller may have edited by hand in the seller centre.
 *
 * @param status live, inactive, in review, rejected, or the failure of the read itself
 * @param priceRupiah the seller's price in whole rupiah (before promotions), null where the answer did not carry it
 * @param stock units the buyers can order, null where the answer did not carry it
 */
public record ListingView(ListingResult status, Long priceRupiah, Integer stock) {

    public ListingView {
        Objects.requireNonNull(status, "status");
    }

    /** A read that failed or found no listing: only the status. */
    public static ListingView of(ListingResult status) {
        return new ListingView(status, null, null);
    }
}
