package id.tenun.events;

/**
 * The channel ids that events use for marketplaces. A channel is a plain string on the wire, so that a new
 * marketplace needs no change of the contract; {@link Checks#channel(String, String)} checks its form.
 */
public final class Channels {

    /** Tokopedia and TikTok Shop, served by the TikTok Shop Partner API. */
    public static final String TOKOPEDIA = "tokopedia";

    public static final String SHOPEE = "shopee";

    public static final String LAZADA = "lazada";

    private Channels() {
    }

}
