package id.tenun.sandbox.lazada;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.tenun.sandbox.sellers.ChannelShop;
import id.tenun.sandbox.webhooks.PushSettings;

/**
 * {@code sandbox.lazada.*}: the Lazada app and its sellers, served under {@code /lazada/rest}.
 *
 * @param qcDelay how long the quality check of a new or edited product takes
 * @param timestampWindow how far a request's millisecond {@code timestamp} may be from now (Lazada: 7200 s)
 * @param accessTokenLifetime how long an access token issued by a refresh is valid (the configured one never
 * expires); {@link id.tenun.sandbox.core.ShopTokens#ACCESS_LIFETIME} if not set
 * @param refreshTokenLifetime how long a refresh token issued by a refresh is valid;
 * {@link id.tenun.sandbox.core.ShopTokens#REFRESH_LIFETIME} if not set
 * @param redirectUrl the app's registered callback: an authorization link's {@code redirect_uri} must equal it
 * @param codeLifetime how long an authorization code can be exchanged (Lazada: 30 minutes)
 * @param newShopQuotaPerSecond the quota of a seller opened on the authorization page
 */
@ConfigurationProperties("sandbox.lazada")
public record LazadaSandboxProperties(String appKey, String appSecret, List<Shop> shops, Duration qcDelay,
        int maxTitleLength, Duration timestampWindow, String webhookUrl, int webhookMaxAttempts,
        Duration webhookRetryInterval, Duration accessTokenLifetime, Duration refreshTokenLifetime, String redirectUrl,
        @DefaultValue("30m") Duration codeLifetime,
        @DefaultValue("10") double newShopQuotaPerSecond) implements PushSettings {

    /** One seller: its id (in pushes), initial access token, quota and initial refresh token. */
    public record Shop(String sellerId, String accessToken, double quotaPerSecond, String refreshToken)
            implements
                ChannelShop {

        /** Lazada knows a shop by its seller id. */
        @Override
        public String shopId() {
            return sellerId;
        }
    }
}
