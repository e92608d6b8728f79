package id.tenun.listing.sync;

import java.util.Locale;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.listing.state.Outcome;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingResult;

/**
 * A marketplace's answer in the listing's terms: the marketplace's words verbatim, and a sentence in Bahasa
 * Indonesia and English that says what to do.
 */
final class Outcomes {

    private Outcomes() {
    }

    static Outcome of(ListingResult result, String channelId) {
        if (result instanceof ListingResult.Accepted accepted) {
            return accepted.live() ? new Outcome.Live(accepted.externalId()) : new Outcome.Inactive(accepted.externalId());
        }
        if (result instanceof ListingResult.PendingAudit audit) {
            return new Outcome.InReview(audit.externalId());
        }
        if (result instanceof ListingResult.Rejected rejected) {
            return new Outcome.Refused(new ListingError(null, rejected.reason(),
                    new LocalizedText(rejected.explanation(), english(channelId, rejected.reason()))));
        }
        if (result instanceof ListingResult.RateLimited limited) {
            return new Outcome.Throttled(limited.retryAfter() == null ? java.time.Duration.ofSeconds(1)
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

    /** The English twin of the adapter's Indonesian explanation, by the same reading of the marketplace's words. */
    static String english(String channelId, String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String where = displayName(channelId);
        if (text.contains("halal") || text.contains("bpom") || text.contains("pirt") || text.contains("permit")
                || text.contains("certif")) {
            return "Food, drinks, cosmetics and herbal products need a halal certificate number and a BPOM or PIRT "
                    + "permit before they can be sold on " + where + ". Add the certificates to the product.";
        }
        if (text.contains("leaf")) {
            return "The product's category is too general for " + where
                    + ". Choose a more specific (lowest-level) category in the category mapping.";
        }
        if (text.contains("category")) {
            return where + " does not know this product's category. Check the category mapping for " + where + ".";
        }
        if (text.contains("attribute")) {
            return where + " needs details this category requires that are not filled in yet. Complete the product's "
                    + "attributes.";
        }
        if (text.contains("name") || text.contains("title")) {
            return "The product name is too long or breaks " + where + "'s rules. Shorten the name.";
        }
        if (text.contains("image") || text.contains("picture") || text.contains("photo")) {
            return "The product photos were refused or are missing. Upload clear product photos.";
        }
        if (text.contains("price")) {
            return where + " refused the product's price. Check the price.";
        }
        if (text.contains("banned") || text.contains("delete")) {
            return where + " took this product down. Ask your mentor to look at the reason with you.";
        }
        return where + " refused this product. Ask your mentor to look at the reason with you.";
    }

    private static String displayName(String channelId) {
        try {
            return Channel.of(channelId).displayName();
        } catch (IllegalArgumentException e) {
            return channelId;
        }
    }

}
