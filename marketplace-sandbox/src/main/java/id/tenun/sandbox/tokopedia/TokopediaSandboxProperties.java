package id.tenun.sandbox.tokopedia;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.tenun.sandbox.sellers.ChannelShop;
import id.tenun.sandbox.webhooks.PushSettings;

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
 * @param serviceId the app's service id in its authorization link ({@code /open/authorize?service_id=})
 * @param redirectUrl the app's registered redirect URL, where a seller's grant or refusal is sent
 * @param codeLifetime how long an authorization code can be exchanged (TTS: 30 minutes)
 * @param newShopQuotaPerSecond the quota of a shop a seller opens on the authorization page
 */
@ConfigurationProperties("sandbox.tokopedia")
public record TokopediaSandboxProperties(String appKey, String appSecret, List<Shop> shops, Duration auditDelay,
        int maxTitleLength, String webhookUrl, Duration timestampWindow, int webhookMaxAttempts,
        Duration webhookRetryInterval, Duration accessTokenLifetime, Duration refreshTokenLifetime, String serviceId,
        String redirectUrl, @DefaultValue("30m") Duration codeLifetime,
        @DefaultValue("5") double newShopQuotaPerSecond) implements PushSettings {

    /** One shop: its id (in pushes), cipher (in requests), initial access token, warehouse, quota, initial refresh token. */
    public record Shop(String shopId, String shopCipher, String accessToken, String warehouseId, double quotaPerSecond,
            String refreshToken) implements ChannelShop {
    }
}
