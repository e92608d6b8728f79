package id.tenun.sandbox.sellers;

/** What every channel's shop has, configured or opened: its id, its initial tokens (may be null) and its quota. */
public interface ChannelShop {

    /** The channel's id of the shop (TTS shop id, Shopee shop_id, Lazada seller_id). */
    String shopId();

    String accessToken();

    String refreshToken();

    double quotaPerSecond();
}
