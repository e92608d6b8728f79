package id.tenun.marketplaces;

import java.time.Duration;
import java.util.function.Supplier;

/** Converts a non-success {@link ListingResult} into the exception the order port throws. */
public final class ListingFailures {

    private static final LocalizedText REFUSED = new LocalizedText("Marketplace menolak permintaan ini.",
            "The marketplace refused this request.");

    private ListingFailures() {
    }

    public static MarketplaceCallFailed asException(ListingResult failure, String refusal) {
        if (failure instanceof ListingResult.RateLimited limited) {
            return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.RATE_LIMITED, "Rate limited",
                    limited.retryAfter());
        }
        if (failure instanceof ListingResult.AuthenticationFailure auth) {
            return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.AUTHENTICATION, auth.detail(), null);
        }
        if (failure instanceof ListingResult.TransientFailure transientFailure) {
            return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT, transientFailure.detail(), null);
        }
        if (failure instanceof ListingResult.Rejected rejected) {
            return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, rejected.reason(), null);
        }
        return new MarketplaceCallFailed(MarketplaceCallFailed.Kind.REFUSED, refusal, null);
    }

    /** The result a listing call answers when it threw before getting an answer. */
    public static ListingResult asResult(MarketplaceCallFailed failure) {
        return switch (failure.kind()) {
            case RATE_LIMITED -> new ListingResult.RateLimited(failure.retryAfter().orElse(Duration.ofSeconds(1)));
            case AUTHENTICATION -> new ListingResult.AuthenticationFailure(failure.getMessage());
            case TRANSIENT -> new ListingResult.TransientFailure(failure.getMessage());
            case REFUSED -> new ListingResult.Rejected(failure.getMessage(), REFUSED);
        };
    }

    /** Runs a multi-step listing call: a {@link Stop} ends it with its result, a failed call becomes its result. */
    public static ListingResult guarded(Supplier<ListingResult> call) {
        try {
            return call.get();
        } catch (Stop stop) {
            return stop.result();
        } catch (MarketplaceCallFailed failure) {
            return asResult(failure);
        }
    }

    /** As {@link #guarded}, for a read: a failed call becomes the view's status. */
    public static ListingView guardedRead(Supplier<ListingView> read) {
        try {
            return read.get();
        } catch (Stop stop) {
            return ListingView.of(stop.result());
        } catch (MarketplaceCallFailed failure) {
            return ListingView.of(asResult(failure));
        }
    }

    /** As {@link #guarded}, for a search: a failed call makes the match {@link ListingMatch.Unanswered}. */
    public static ListingMatch guardedFind(Supplier<ListingMatch> find) {
        try {
            return find.get();
        } catch (Stop stop) {
            return new ListingMatch.Unanswered(stop.result());
        } catch (MarketplaceCallFailed failure) {
            return new ListingMatch.Unanswered(asResult(failure));
        }
    }

    /** Ends a multi-step listing call early with the result of the step that failed. */
    public static final class Stop extends RuntimeException {

        private final transient ListingResult result;

        public Stop(ListingResult result) {
            super(null, null, false, false);
            this.result = result;
        }

        public ListingResult result() {
            return result;
        }
    }
}
