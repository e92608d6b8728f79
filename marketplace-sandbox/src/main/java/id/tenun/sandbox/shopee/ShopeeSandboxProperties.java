package id.tenun.sandbox.shopee;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.tenun.sandbox.sellers.ChannelShop;
import id.tenun.sandbox.webhooks.PushSettings;

/**
 * {@code sandbox.shopee.*}: the Shopee partner and its shops, served under {@code /shopee}.
 *
 * @param webhookUrl where pushes go; it is also the callback URL "as registered" that Shopee signs
 * @param logisticIds the logistics channels a product may enable
 * @param accessTokenLifetime how long an access token issued by a refresh is valid (the configured one never
 * expires); {@link id.tenun.sandbox.core.ShopTokens#ACCESS_LIFETIME} if not set
 * @param refreshTokenLifetime how long a refresh token issued by a refresh is valid;
 * {@link id.tenun.sandbox.core.ShopTokens#REFRESH_LIFETIME} if not set
 * @param authLinkLifetime how long after its {@code timestamp} an authorization link opens (Shopee: 5 minutes)
 * @param codeLifetime how long an authorization code can be exchanged (Shopee: 10 minutes)
 * @param newShopQuotaPerSecond the quota of a shop a seller opens on the authorization page
 */
@ConfigurationProperties("sandbox.shopee")
public record ShopeeSandboxProperties(String partnerId, String partnerKey, List<Shop> shops, int maxTitleLength,
        Duration timestampWindow, String webhookUrl, int webhookMaxAttempts, Duration webhookRetryInterval,
        List<Long> logisticIds, Duration accessTokenLifetime, Duration refreshTokenLifetime,
        @DefaultValue("5m") Duration authLinkLifetime, @DefaultValue("10m") Duration codeLifetime,
        @DefaultValue("10") double newShopQuotaPerSecond) implements PushSettings {

    public record Shop(String shopId, String accessToken, double quotaPerSecond, String refreshToken)
            implements
                ChannelShop {
    }
}
