package id.tenun.events.listing;

/** Where a listing stands on a marketplace. */
public enum ListingState {

    /** Wanted, not yet sent to the marketplace. */
    PENDING,

    /** Sent; the marketplace has not answered yet. */
    SUBMITTED,

    /** The marketplace is auditing it (TikTok Shop audit, Lazada QC, Shopee REVIEWING). */
    IN_REVIEW,

    /** Buyers can see and buy it. */
    LIVE,

    /** The marketplace refused it for good; {@code lastError} says why and what to do. */
    REJECTED,

    /** Hidden for now (group paused, out of stock, or unlisted by the marketplace). */
    PAUSED,

    /** Taken down because the product was archived or the channel dropped. */
    DELISTED,

    /** Sync keeps failing for a reason that is not a rejection; it will be retried. */
    ERROR

}
