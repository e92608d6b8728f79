package id.tenun.marketplaces;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Standard Webhooks signatures, for webhooks Tenun itself may send: {@code v1,} + base64 HMAC-SHA256 over
 * {@code id.timestamp.body}, keyed with the base64 part of a {@code whsec_} secret.
 */
public final class StandardWebhookSignature {

    private static final String PREFIX = "whsec_";

    private StandardWebhookSignature() {
    }

    public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
        String encodedKey = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] key = Base64.getDecoder().decode(encodedKey);
        byte[] content = Hmac.concat((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8), body);
        return "v1," + Base64.getEncoder().encodeToString(Hmac.sha256(key, content));
    }
}
