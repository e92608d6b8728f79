package id.tenun.marketplaces.http;

import java.util.Optional;

import id.tenun.marketplaces.ListingFailures;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceCallFailed;

/**
 * One answer of a marketplace in its own JSON envelope: whether it is a failure (each channel tells in its own way)
 * and, for the calls that throw, the failure as a {@link MarketplaceCallFailed}.
 *
 * @param <R> the channel's envelope type itself
 */
public interface Envelope<R extends Envelope<R>> {

    /** A non-success outcome if this answer is a failure, in any of its forms (HTTP status or the envelope's code). */
    Optional<ListingResult> failure();

    /** The marketplace's code and message, for the text of a thrown failure. */
    String summary();

    /** This answer, or its failure thrown as a {@link MarketplaceCallFailed} (for the order and token calls). */
    @SuppressWarnings("unchecked")
    default R orThrow() {
        Optional<ListingResult> failure = failure();
        if (failure.isPresent()) {
            throw ListingFailures.asException(failure.get(), summary());
        }
        return (R) this;
    }
}
