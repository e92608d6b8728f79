package id.tenun.listing.catalog;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a product maps onto each marketplace's attributes ({@code tenun.listing.catalog.*}): per channel, the
 * marketplace's attribute id → where its value comes from: {@code rawMaterial}, {@code variant:<name>} (a variant
 * attribute) or {@code text:<value>}. Attributes whose source is empty are left out, so the marketplace can say
 * what is missing.
 */
@ConfigurationProperties("tenun.listing.catalog")
public record CatalogSettings(Map<String, Map<String, String>> attributes) {

    public CatalogSettings {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

}
