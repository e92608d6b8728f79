package id.tenun.marketplaces;

import java.util.Arrays;

/** The marketplaces Tenun lists on, by the id that services and configuration use. */
public enum Channel {

    /** Tokopedia and TikTok Shop, served by the TikTok Shop Partner API (202309). */
    TOKOPEDIA("tokopedia", "Tokopedia"),
    /** Shopee Open Platform v2. */
    SHOPEE("shopee", "Shopee"),
    /** Lazada Open Platform (Indonesia). */
    LAZADA("lazada", "Lazada");

    private final String id;
    private final String displayName;

    Channel(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Channel of(String id) {
        return Arrays.stream(values())
            .filter(channel -> channel.id.equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown marketplace channel: " + id));
    }
}
