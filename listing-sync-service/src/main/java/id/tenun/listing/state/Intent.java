package id.tenun.listing.state;

/** What should become of a listing on its marketplace. */
public enum Intent {

    /** On sale with the desired payload. */
    LIST,

    /** Off sale for now, with a reason (not publishable, group paused, no price): comes back when the reason goes. */
    PAUSE,

    /** Taken down for good (product archived, product no longer chosen, shop disconnected). */
    DELIST

}
