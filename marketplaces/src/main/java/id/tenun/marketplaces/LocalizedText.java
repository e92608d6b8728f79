package id.tenun.marketplaces;

import java.util.Objects;

/**
 * A sentence for a producer group member, in Bahasa Indonesia ({@code id}, shown first) and in English ({@code en}).
 * Services copy it into their own event contract; this module does not depend on it.
 */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }
}
