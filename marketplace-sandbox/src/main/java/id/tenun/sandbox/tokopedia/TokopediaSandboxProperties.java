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
 * @param accessTokenLifetime how long an access token issued by a refresh is valid (the configured one never
 * expires); {@link id.tenun.sandbox.core.ShopTokens#ACCESS_LIFETIME} if not set
 * @param refreshTokenLifetime how long a refresh token issued by a refresh is valid;
 * {@link id.tenun.sandbox.core.ShopTokens#REFRESH_LIFETIME} if not set
 */
@ConfigurationProperties("sandbox.tokopedia")
public record TokopediaSandboxProperties(String appKey, String appSecret, List<Shop> shops, Duration auditDelay,
        int maxTitleLength, String webhookUrl, Duration timestampWindow, int webhookMaxAttempts,
        Duration webhookRetryInterval, Duration accessTokenLifetime, Duration refreshTokenLifetime) {

    /** One shop: its id (in pushes), cipher (in requests), initial access token, warehouse, quota, initial refresh token. */
    public record Shop(String shopId, String shopCipher, String accessToken, String warehouseId, double quotaPerSecond,
            String refreshToken) {
    }
}
