package id.tenun.marketplaces;

import java.time.Duration;
import java.util.Optional;

/** A marketplace call that did not produce an answer: the kind tells the caller what to do. Never carries secrets. */
public class MarketplaceCallFailed extends RuntimeException {

    public enum Kind {
        /** Over quota: wait {@link #retryAfter()}. */
        RATE_LIMITED,
        /** Network, timeout, 5xx: retry with back-off. */
        TRANSIENT,
        /** Signature, timestamp or token refused. */
        AUTHENTICATION,
        /** The marketplace refused the request itself (unknown order, bad parameter). */
        REFUSED
    }

    private final Kind kind;

    private final Duration retryAfter;

    public MarketplaceCallFailed(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
