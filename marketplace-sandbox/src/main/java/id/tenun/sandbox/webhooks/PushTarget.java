package id.tenun.sandbox.webhooks;

/**
 * Where a channel's pushes go and how they are signed: {@code Authorization} = lowercase hex HMAC-SHA256(secret,
 * signedPrefix + body).
 */
public record PushTarget(String url, String secret, String signedPrefix, RetryPolicy retry) {
}
