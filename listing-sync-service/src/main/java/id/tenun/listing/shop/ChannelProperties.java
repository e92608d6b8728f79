package id.tenun.listing.shop;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import id.tenun.marketplaces.MarketplaceApp;

/**
 * One marketplace channel ({@code tenun.listing.channels.<id>.*}).
 *
 * @param baseUrl the seller API's root (the sandbox's by default)
 * @param connectTimeout TCP connect timeout of the HTTP client
 * @param requestTimeout whole-request timeout of one HTTP call
 * @param requestsPerSecond the marketplace's published quota per shop: the rate limiter's rate
 * @param callTimeout the time limiter: the longest one operation (several HTTP calls) may take
 * @param maxConcurrentCalls the bulkhead: operations in flight per shop
 * @param shopQuotas per shop id, a quota that differs from {@code requestsPerSecond} (marketplaces grant some
 * shops more)
 * @param authBaseUrl the root of the token endpoints where the marketplace has them on another host (TikTok Shop
 * {@code https://auth.tiktok-shops.com}, Lazada {@code https://auth.lazada.com/rest}); {@code baseUrl} if not set
 * (the sandbox serves them beside the seller API)
 * @param appKey Tenun's own app on the marketplace, with which sellers authorize their shops (Shopee: the partner id)
 * @param appSecret that app's secret (Shopee: the partner key)
 * @param serviceId TikTok Shop's service id of the app's authorization link
 * @param authorizationPageUrl the root of the seller authorization page where it is on another host than the token
 * endpoints (TikTok Shop {@code https://services.tiktokshop.com}); {@code authBaseUrl} if not set
 */
public record ChannelProperties(URI baseUrl, Duration connectTimeout, Duration requestTimeout, double requestsPerSecond,
        Duration callTimeout, Integer maxConcurrentCalls, Map<String, Double> shopQuotas, URI authBaseUrl,
        String appKey, String appSecret, String serviceId, URI authorizationPageUrl) {

    public ChannelProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(30) : callTimeout;
        maxConcurrentCalls = maxConcurrentCalls == null ? 4 : maxConcurrentCalls;
        shopQuotas = shopQuotas == null ? Map.of() : Map.copyOf(shopQuotas);
        if (requestsPerSecond <= 0) {
            throw new IllegalArgumentException("requestsPerSecond must be greater than 0");
        }
    }

    /**
     * Tenun's app on the marketplace.
     *
     * @throws IllegalArgumentException when it is not configured (no seller can authorize a shop then)
     */
    public MarketplaceApp app(String channel) {
        if (appKey == null || appKey.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException(
                    "Tenun's app on " + channel + " is not configured (tenun.listing.channels."
                            + channel + ".app-key and .app-secret): shops cannot be authorized there");
        }
        return new MarketplaceApp(appKey, appSecret, serviceId);
    }

    /** The quota of one shop: its own if configured, else the channel's. */
    public double quotaOf(String shopId) {
        return shopQuotas.getOrDefault(shopId, requestsPerSecond);
    }

}
