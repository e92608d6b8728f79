package id.tenun.console.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.ListingAnswers.Listing;

/**
 * Where a product stands on one marketplace, in one word ({@code state}: live, review, rejected, paused, error,
 * delisted, notSold) and, when something needs doing, the marketplace's reason in the reader's language. A product
 * with several variants has a listing per variant: the badge shows the one that needs the most attention.
 */
public record ChannelBadge(String channel, String state, String reason, String externalUrl) {

    /** From the most to the least urgent. */
    private static final List<String> URGENCY = List.of("rejected", "error", "paused", "review", "live",
            "delisted");

    /** One badge per channel Tenun sells on, in that order. */
    public static List<ChannelBadge> of(Product product, List<Listing> listings, List<String> channels,
            Locale locale) {
        Map<String, List<Listing>> byChannel = listings.stream()
                .filter(listing -> product.id().equals(listing.productId()))
                .collect(Collectors.groupingBy(Listing::channel));
        List<ChannelBadge> badges = new ArrayList<>();
        for (String channel : channels) {
            List<Listing> own = byChannel.getOrDefault(channel, List.of());
            if (!product.channels().contains(channel) || own.isEmpty()) {
                badges.add(new ChannelBadge(channel, product.channels().contains(channel) ? "review" : "notSold",
                        null, null));
                continue;
            }
            Listing worst = own.stream().min(Comparator.comparingInt(l -> URGENCY.indexOf(word(l.state()))))
                    .orElseThrow();
            String reason = worst.lastError() == null || worst.lastError().explanation() == null
                    ? null
                    : worst.lastError().explanation().in(locale);
            badges.add(new ChannelBadge(channel, word(worst.state()), reason, worst.externalUrl()));
        }
        return badges;
    }

    /** Listing sync's states in the pages' words. */
    static String word(String listingState) {
        return switch (listingState) {
            case "LIVE" -> "live";
            case "REJECTED" -> "rejected";
            case "PAUSED" -> "paused";
            case "DELISTED" -> "delisted";
            case "ERROR" -> "error";
            default -> "review";
        };
    }

    public boolean needsAttention() {
        return state.equals("rejected") || state.equals("error");
    }
}
