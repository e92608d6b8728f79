package id.tenun.listing.state;

import java.time.Duration;

import id.tenun.events.listing.ListingError;

/** What came of the work on a listing, in the listing's own terms (no marketplace types). */
public sealed interface Outcome {

    /** Every call went through; the marketplace shows the listing to buyers. */
    record Live(String externalId) implements Outcome {
    }

    /** Went through; the listing is off sale (after a deactivation, or unlisted by the marketplace). */
    record Inactive(String externalId) implements Outcome {
    }

    /** Taken; the marketplace audits it first (TTS audit, Lazada QC, Shopee REVIEWING). */
    record InReview(String externalId) implements Outcome {
    }

    /** Refused for good until the product changes. */
    record Refused(ListingError error) implements Outcome {
    }

    /** Over quota: the marketplace asked to wait. */
    record Throttled(Duration retryAfter, String detail) implements Outcome {
    }

    /** Network, timeout, 5xx: retried with exponential backoff. */
    record Failed(ListingError error) implements Outcome {
    }

    /** Credentials refused: the group has to reconnect the shop. */
    record Unauthorized(ListingError error) implements Outcome {
    }

    /** Not tried now (breaker open, quota used up for a while, shop busy): try again after {@code delay}. */
    record Deferred(Duration delay, String why) implements Outcome {
    }

    /** No call was needed (nothing to change, or nothing to take down). */
    record NothingToDo() implements Outcome {
    }

}
