package id.tenun.marketplaces;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The marketplaces Tenun lists on, by the id that services and configuration use. */
public enum Channel {

    /** Tokopedia and TikTok Shop, served by the TikTok Shop Partner API (202309). */
    TOKOPEDIA("tokopedia", "Tokopedia", true),
    /** Shopee Open Platform v2. */
    SHOPEE("shopee", "Shopee", false),
    /** Lazada Open Platform (Indonesia). */
    LAZADA("lazada", "Lazada", false);

    private final String id;
    private final String displayName;
    private final boolean needsShopCipher;

    Channel(String id, String displayName, boolean needsShopCipher) {
        this.id = id;
        this.displayName = displayName;
        this.needsShopCipher = needsShopCipher;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether a shop's credentials on this channel include a shop cipher (TikTok Shop names the shop by one). */
    public boolean needsShopCipher() {
        return needsShopCipher;
    }

    /** The channel with exactly this id, if there is one. */
    public static Optional<Channel> byId(String id) {
        return Arrays.stream(values()).filter(channel -> channel.id.equals(id)).findFirst();
    }

    /** Every channel's id, in order, for messages: {@code tokopedia, shopee, lazada}. */
    public static String ids() {
        return Arrays.stream(values()).map(Channel::id).collect(Collectors.joining(", "));
    }

    public static Channel of(String id) {
        return Arrays.stream(values())
                .filter(channel -> channel.id.equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown marketplace channel: " + id));
    }
}
