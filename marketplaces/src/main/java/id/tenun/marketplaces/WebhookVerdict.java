package id.tenun.marketplaces;

/** Whether a webhook is authentic and fresh; anything but {@link #ACCEPTED} must be refused. */
public enum WebhookVerdict {
    ACCEPTED, MISSING_SIGNATURE, MALFORMED_SIGNATURE, WRONG_SIGNATURE,
    /** Signed, but without the {@code timestamp} every marketplace's push carries: no replay window could apply. */
    MISSING_TIMESTAMP, STALE_TIMESTAMP, UNREADABLE_BODY;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
