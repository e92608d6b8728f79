package id.tenun.sandbox.lazada;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sandbox.lazada.*}: the Lazada app and its sellers, served under {@code /lazada/rest}.
 *
 * @param qcDelay how long the quality check of a new or edited product takes
 * @param timestampWindow how far a request's millisecond {@code timestamp} may be from now (Lazada: 7200 s)
 */
@ConfigurationProperties("sandbox.lazada")
public record LazadaSandboxProperties(String appKey, String appSecret, List<Shop> shops, Duration qcDelay,
        int maxTitleLength, Duration timestampWindow, String webhookUrl, int webhookMaxAttempts,
        Duration webhookRetryInterval) {

    /** One seller: its id (in pushes), access token and quota. */
    public record Shop(String sellerId, String accessToken, double quotaPerSecond) {
    }
}
