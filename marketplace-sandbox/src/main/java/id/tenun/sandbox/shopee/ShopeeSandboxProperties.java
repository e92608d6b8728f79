package id.tenun.sandbox.shopee;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sandbox.shopee.*}: the Shopee partner and its shops, served under {@code /shopee}.
 *
 * @param webhookUrl where pushes go; it is also the callback URL "as registered" that Shopee signs
 * @param logisticIds the logistics channels a product may enable
 */
@ConfigurationProperties("sandbox.shopee")
public record ShopeeSandboxProperties(String partnerId, String partnerKey, List<Shop> shops, int maxTitleLength,
        Duration timestampWindow, String webhookUrl, int webhookMaxAttempts, Duration webhookRetryInterval,
        List<Long> logisticIds) {

    public record Shop(String shopId, String accessToken, double quotaPerSecond) {
    }
}
