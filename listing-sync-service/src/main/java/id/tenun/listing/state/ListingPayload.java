package id.tenun.listing.state;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a listing should show on one marketplace, after the connection's rules: the channel's leaf category and
 * attributes, the price and stock to show, and what the buyer reads and sees. Money in whole rupiah.
 * <p>
 * {@code availableStock} is the catalog's stock the shown one was worked out from. A marketplace lowers the stock it
 * shows by itself on every sale, so once the catalog's stock moved the shown stock is pushed again even when the rule
 * gives the same number (a cap of 10 over 35 and then over 32 units): otherwise the shop drains 10 → 7 → 4 while the
 * group has stock on hand.
 */
public record ListingPayload(String title, String description, String categoryId, Map<String, String> attributes,
        long priceRupiah, int stock, long availableStock, int weightGrams, int lengthCm, int widthCm, int heightCm,
        List<String> imageUrls,
        String halalNumber, String bpomNumber, String pirtNumber) {

    public ListingPayload {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
    }

    /** Which parts differ from another payload: only {@code PRICE} and/or {@code STOCK} allow the cheap endpoints. */
    public Set<Part> differencesFrom(ListingPayload other) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (other == null) {
            return EnumSet.allOf(Part.class);
        }
        if (priceRupiah != other.priceRupiah) {
            parts.add(Part.PRICE);
        }
        if (stock != other.stock || availableStock != other.availableStock) {
            parts.add(Part.STOCK);
        }
        if (!Objects.equals(withPriceAndStock(0, 0, 0), other.withPriceAndStock(0, 0, 0))) {
            parts.add(Part.CONTENT);
        }
        return parts;
    }

    public ListingPayload withPriceAndStock(long price, int newStock, long available) {
        return new ListingPayload(title, description, categoryId, attributes, price, newStock, available, weightGrams,
                lengthCm, widthCm, heightCm, imageUrls, halalNumber, bpomNumber, pirtNumber);
    }

    public enum Part {

        PRICE, STOCK, CONTENT

    }

}
