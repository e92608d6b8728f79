package id.tenun.marketplaces;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of one channel: where it is, how long to wait, the quota it publishes (for the caller's rate limiter),
 * and the webhook settings.
 *
 * @param baseUrl the API root, e.g. {@code https://open-api.tiktokglobalshop.com}, {@code https://partner.shopeemobile.com},
 * {@code https://api.lazada.co.id/rest} (or the sandbox's {@code http://localhost:8090/...})
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout whole-request timeout
 * @param requestsPerSecond the marketplace's published quota per shop; the adapter does not throttle itself
 * @param webhookCallbackUrl the webhook URL exactly as registered with the marketplace (Shopee signs it)
 * @param webhookTolerance how old a webhook's own timestamp may be before it is refused as a replay
 * @param shops the credentials whose app secrets sign the channel's webhooks (Tenun's app: {@link MarketplaceApp#asShop})
 * @param authBaseUrl the root of the token endpoints where the marketplace serves them on another host (TikTok Shop
 * {@code https://auth.tiktok-shops.com}, Lazada {@code https://auth.lazada.com/rest}); the API root if null
 * @param authorizationPageUrl the root of the seller authorization page where it is on yet another host (TikTok Shop
 * {@code https://services.tiktokshop.com}); the token endpoints' root if null (Lazada serves its page beside
 * {@code /rest}, Shopee on the API host)
 * @param photosUrl where Tenun serves its own product photos (the catalog's public address), trusted like the channel's
 *        own host; null where photos come only from public addresses
 */
public record ChannelSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, double requestsPerSecond,
        String webhookCallbackUrl, Duration webhookTolerance, List<ShopCredentials> shops, URI authBaseUrl,
        URI authorizationPageUrl, URI photosUrl) {

    /** Settings without Tenun's own photo host: photos are fetched from public addresses and the channel's host. */
    public ChannelSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, double requestsPerSecond,
            String webhookCallbackUrl, Duration webhookTolerance, List<ShopCredentials> shops, URI authBaseUrl,
            URI authorizationPageUrl) {
        this(baseUrl, connectTimeout, requestTimeout, requestsPerSecond, webhookCallbackUrl, webhookTolerance, shops,
                authBaseUrl, authorizationPageUrl, null);
    }

    public ChannelSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        authBaseUrl = authBaseUrl == null ? baseUrl : authBaseUrl;
        authorizationPageUrl = authorizationPageUrl == null ? authBaseUrl : authorizationPageUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
        webhookCallbackUrl = webhookCallbackUrl == null ? "" : webhookCallbackUrl;
        webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(30) : webhookTolerance;
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    /** Settings whose authorization page is beside the token endpoints. */
    public ChannelSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, double requestsPerSecond,
            String webhookCallbackUrl, Duration webhookTolerance, List<ShopCredentials> shops, URI authBaseUrl) {
        this(baseUrl, connectTimeout, requestTimeout, requestsPerSecond, webhookCallbackUrl, webhookTolerance, shops,
                authBaseUrl, null);
    }

    /** Settings whose token endpoints are on the API's own host. */
    public ChannelSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, double requestsPerSecond,
            String webhookCallbackUrl, Duration webhookTolerance, List<ShopCredentials> shops) {
        this(baseUrl, connectTimeout, requestTimeout, requestsPerSecond, webhookCallbackUrl, webhookTolerance, shops,
                null, null);
    }

    /** The base URL without a trailing slash, ready for a path to be appended. */
    public String root() {
        return withoutTrailingSlash(baseUrl);
    }

    /** The token endpoints' root without a trailing slash. */
    public String authRoot() {
        return withoutTrailingSlash(authBaseUrl);
    }

    /** The authorization page's root without a trailing slash. */
    public String authorizationPageRoot() {
        return withoutTrailingSlash(authorizationPageUrl);
    }

    private static String withoutTrailingSlash(URI uri) {
        String url = uri.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
