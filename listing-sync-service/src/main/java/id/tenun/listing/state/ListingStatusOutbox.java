package id.tenun.listing.state;

/**
 * Where a visible change of a listing goes once stored: published as {@code listing.status.v1}, then marked
 * published. A crash in between is caught by the sweep of unpublished listings.
 */
public interface ListingStatusOutbox {

    void changed(Listing listing);

}
