package id.tenun.listing.sync;

import java.time.Duration;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.listing.state.Outcome;
import id.tenun.marketplaces.ListingResult;

/**
 * A marketplace's answer in the listing's terms: the marketplace's words verbatim, and a sentence in Bahasa
 * Indonesia and English that says what to do.
 */
final class Outcomes {

    private Outcomes() {
    }

    static Outcome of(ListingResult result) {
        if (result instanceof ListingResult.Accepted accepted) {
            return accepted.live()
                    ? new Outcome.Live(accepted.externalId())
                    : new Outcome.Inactive(accepted.externalId());
        }
        if (result instanceof ListingResult.PendingAudit audit) {
            return new Outcome.InReview(audit.externalId());
        }
        if (result instanceof ListingResult.Rejected rejected) {
            return new Outcome.Refused(new ListingError(null, rejected.reason(),
                    new LocalizedText(rejected.explanation().id(), rejected.explanation().en())));
        }
        if (result instanceof ListingResult.RateLimited limited) {
            return new Outcome.Throttled(limited.retryAfter() == null
                    ? Duration.ofSeconds(1)
                    : limited.retryAfter(), "rate limited by the marketplace");
        }
        if (result instanceof ListingResult.AuthenticationFailure auth) {
            return new Outcome.Unauthorized(new ListingError(null, auth.detail(), new LocalizedText(
                    "Marketplace menolak izin toko ini. Hubungkan ulang toko di Tenun (kunci aplikasi dan token akses).",
                    "The marketplace refused this shop's authorization. Reconnect the shop in Tenun (app key and access token).")));
        }
        ListingResult.TransientFailure failure = (ListingResult.TransientFailure) result;
        return new Outcome.Failed(new ListingError(null, failure.detail(), new LocalizedText(
                "Marketplace sedang tidak bisa dihubungi. Tenun akan mencoba lagi otomatis; tidak perlu melakukan apa-apa.",
                "The marketplace cannot be reached right now. Tenun retries automatically; nothing to do.")));
    }

}
