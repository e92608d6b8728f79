package id.tenun.sandbox.core;

import java.util.List;
import java.util.Map;

/** What a marketplace payload says about a listing, once the channel has read its own shape. */
public record ListingInput(String sellerSku, String title, String description, String categoryId,
        Map<String, String> attributes, String halalNumber, String bpomNumber, String pirtNumber, long price, int stock,
        String weightKg, List<String> images) {
}
