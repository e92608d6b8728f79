package id.tenun.listing.state;

import java.time.Instant;

/**
 * One call (or decision) made for a listing, kept in its history.
 *
 * @param at when
 * @param operation what was done (CREATE, UPDATE_PRICE, STATUS, RECONCILE, ...)
 * @param desiredVersion the desired version it worked on
 * @param outcome what came of it (LIVE, IN_REVIEW, REJECTED, RATE_LIMITED, FAILED, DEFERRED, REPAIRED, ...)
 * @param detail the marketplace's words or what was repaired; never a secret
 */
public record Attempt(Instant at, String operation, long desiredVersion, String outcome, String detail) {
}
