package id.tenun.order.marketplace;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the webhook intake needs to verify each marketplace's pushes ({@code tenun.orders.marketplaces.*}), keyed by
 * channel id. No shop and no token: the order service calls no marketplace. Secrets come from the environment; the
 * local defaults are the sandbox's demo credentials.
 */
@ConfigurationProperties("tenun.orders.marketplaces")
public record MarketplaceProperties(Map<String, Channel> channels) {

    public MarketplaceProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /**
     * One channel.
     *
     * @param appKey the app key (Shopee: partner id)
     * @param appSecret the app secret (Shopee: partner key), which signs the webhooks
     * @param webhookCallbackUrl the webhook URL exactly as registered (Shopee signs it)
     * @param webhookTolerance how old a webhook's own timestamp may be (Lazada retries for hours: long)
     */
    public record Channel(String appKey, String appSecret, String webhookCallbackUrl, Duration webhookTolerance) {

        @Override
        public String toString() {
            return "Channel[appKey=" + appKey + ", appSecret=***, webhookCallbackUrl=" + webhookCallbackUrl
                    + ", webhookTolerance=" + webhookTolerance + "]";
        }
    }
}
