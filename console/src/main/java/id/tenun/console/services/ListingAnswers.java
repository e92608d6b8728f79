package id.tenun.console.services;

import java.time.Instant;
import java.util.List;

/** What listing sync answers, as the console's pages read it. */
public final class ListingAnswers {

    private ListingAnswers() {
    }

    public record Listing(String id, String productId, String sku, String channel, String state,
            String externalUrl, ListingError lastError, Instant lastSuccessAt) {
    }

    public record ListingError(String marketplaceCode, String marketplaceMessage, Text explanation) {
    }

    public record ListingPage(List<Listing> items, int page, int size, long total) {
    }
}
