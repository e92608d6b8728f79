package id.tenun.order.marketplace;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The marketplaces the order service reads orders from and takes webhooks of ({@code tenun.orders.marketplaces.*}),
 * keyed by channel id. Secrets come from the environment; the local defaults are the sandbox's demo credentials.
 */
@ConfigurationProperties("tenun.orders.marketplaces")
public record MarketplaceProperties(Map<String, Channel> channels) {

    public MarketplaceProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /**
     * One channel.
     *
     * @param baseUrl the seller API root
     * @param appKey the app key (Shopee: partner id)
     * @param appSecret the app secret (Shopee: partner key), which also signs the webhooks
     * @param webhookCallbackUrl the webhook URL exactly as registered (Shopee signs it)
     * @param webhookTolerance how old a webhook's own timestamp may be (Lazada retries for hours: long)
     * @param requestTimeout one HTTP call's limit
     * @param shops the connected shops
     */
    public record Channel(URI baseUrl, String appKey, String appSecret, String webhookCallbackUrl,
            Duration webhookTolerance, Duration requestTimeout, List<Shop> shops) {

        public Channel {
            shops = shops == null ? List.of() : List.copyOf(shops);
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        }
    }

    /** A connected shop: its id on the channel and its tokens (never logged). */
    public record Shop(String shopId, String accessToken, String shopCipher, Map<String, String> options) {

        public Shop {
            options = options == null ? Map.of() : Map.copyOf(options);
        }

        @Override
        public String toString() {
            return "Shop[shopId=" + shopId + ", accessToken=***]";
        }
    }
}
