package id.tenun.marketplaces;

import java.time.Duration;
import java.util.Objects;

/** What a marketplace answered to a listing call, in one of six outcomes. */
public sealed interface ListingResult {

    /**
     * The marketplace took the call; {@code live} tells whether the listing is visible to buyers (false after a
     * deactivation).
     */
    record Accepted(String externalId, boolean live) implements ListingResult {

        public Accepted(String externalId) {
            this(externalId, true);
        }
    }

    /** Taken, but the marketplace reviews it first (TTS audit, Lazada QC, Shopee REVIEWING). */
    record PendingAudit(String externalId) implements ListingResult {
    }

    /**
     * Refused for good until the product changes.
     * @param reason the marketplace's own words, verbatim
     * @param explanation a sentence a group member understands (Bahasa Indonesia and English)
     */
    record Rejected(String reason, LocalizedText explanation) implements ListingResult {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Over quota: try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements ListingResult {
    }

    /** Network trouble, a timeout or a 5xx: try again later with back-off. */
    record TransientFailure(String detail) implements ListingResult {
    }

    /** Signature, timestamp or token refused: nothing will work until the credentials are fixed. */
    record AuthenticationFailure(String detail) implements ListingResult {
    }
}
