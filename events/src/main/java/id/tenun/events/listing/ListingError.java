package id.tenun.events.listing;

import id.tenun.events.Checks;
import id.tenun.events.LocalizedText;

/**
 * What went wrong with a listing, for people.
 *
 * @param marketplaceCode the marketplace's error code verbatim (e.g. {@code error_param}), or null
 * @param marketplaceMessage the marketplace's words verbatim, or null when it said nothing (e.g. a timeout)
 * @param explanation what it means and what to do, in Bahasa Indonesia and English
 */
public record ListingError(String marketplaceCode, String marketplaceMessage, LocalizedText explanation) {

    public ListingError {
        Checks.blankToNull(marketplaceCode, "ListingError.marketplaceCode");
        Checks.blankToNull(marketplaceMessage, "ListingError.marketplaceMessage");
        Checks.notNull(explanation, "ListingError.explanation");
    }

}
