package id.tenun.listing.state;

import java.util.Objects;

import id.tenun.events.listing.ListingError;

/**
 * The desired state of a listing: what to do, with which payload, from which product version, and why when it is
 * not to be listed.
 *
 * @param intent list, pause or delist
 * @param payload what to show (null when there is nothing to show, e.g. a product never priced)
 * @param productVersion the catalog version it was worked out from
 * @param reason why it is paused or delisted, for people (null when listed)
 */
public record Desired(Intent intent, ListingPayload payload, long productVersion, ListingError reason) {

    public Desired {
        if (intent == Intent.LIST && payload == null) {
            throw new IllegalArgumentException("a listing to list needs a payload");
        }
    }

    /** Same intent, payload and reason: a new product version that changes nothing on this marketplace. */
    public boolean sameEffectAs(Desired other) {
        return other != null && intent == other.intent && Objects.equals(payload, other.payload)
                && Objects.equals(reason, other.reason);
    }

}
