package id.tenun.sandbox.tokopedia;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sandbox.tokopedia.*}: the TikTok Shop app and its shops, served under {@code /tokopedia}.
 *
 * @param auditDelay how long the audit of a new or edited product takes
 * @param maxTitleLength product names longer than this are refused
 * @param webhookUrl where pushes go
 * @param timestampWindow how far a request's {@code timestamp} may be from now
 */
@ConfigurationProperties("sandbox.tokopedia")
public record TokopediaSandboxProperties(String appKey, String appSecret, List<Shop> shops, Duration auditDelay,
        int maxTitleLength, String webhookUrl, Duration timestampWindow, int webhookMaxAttempts,
        Duration webhookRetryInterval) {

    /** One shop: its id (in pushes), cipher (in requests), access token, warehouse and quota. */
    public record Shop(String shopId, String shopCipher, String accessToken, String warehouseId, double quotaPerSecond) {
    }
}
