package id.tenun.marketplaces;

import java.util.Objects;

/**
 * What a search for a listing by its seller SKU found ({@link MarketplaceListings#find}): a listing, none, or no
 * answer. A caller must never read "no answer" as "none": creating after a failed search can make the very duplicate
 * the search is there to prevent.
 */
public sealed interface ListingMatch {

    /** The marketplace holds a listing with this seller SKU (the first it answered, when it holds several). */
    record Found(String externalId) implements ListingMatch {

        public Found {
            Objects.requireNonNull(externalId, "externalId");
        }
    }

    /** The marketplace answered and holds no listing with this seller SKU. */
    record NotFound() implements ListingMatch {
    }

    /**
     * The search itself failed: {@code failure} is a {@link ListingResult.TransientFailure},
     * {@link ListingResult.RateLimited}, {@link ListingResult.AuthenticationFailure} or
     * {@link ListingResult.Rejected} (the marketplace refused the search).
     */
    record Unanswered(ListingResult failure) implements ListingMatch {

        public Unanswered {
            Objects.requireNonNull(failure, "failure");
            if (failure instanceof ListingResult.Accepted || failure instanceof ListingResult.PendingAudit) {
                throw new IllegalArgumentException("a search that failed has a failure, not " + failure);
            }
        }
    }
}
