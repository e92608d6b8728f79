package id.tenun.marketplaces;

import java.util.Objects;

/**
 * Tenun's own app on one marketplace, as registered there: what a seller authorization needs before any shop is
 * known. Field meaning per channel: tokopedia app key and secret, and the service id of the authorization link;
 * shopee partner id and partner key (as app key and secret); lazada app key (the {@code client_id}) and secret.
 * The secret never appears in {@link #toString()}.
 *
 * @param serviceId TikTok Shop's service id ({@code service_id} of the authorization link); empty elsewhere
 */
public record MarketplaceApp(String appKey, String appSecret, String serviceId) {

    public MarketplaceApp {
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(appSecret, "appSecret");
        serviceId = serviceId == null ? "" : serviceId;
    }

    /** The app's key and secret as the credentials of a shop not known yet (for the calls that sign with them). */
    public ShopCredentials asShop(String shopId, String accessToken) {
        return new ShopCredentials(shopId == null ? "" : shopId, appKey, appSecret, accessToken, null);
    }

    @Override
    public String toString() {
        return "MarketplaceApp[appKey=" + appKey + ", appSecret=***, serviceId=" + serviceId + "]";
    }
}
