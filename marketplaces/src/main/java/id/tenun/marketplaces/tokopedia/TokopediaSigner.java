package id.tenun.marketplaces.tokopedia;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import id.tenun.marketplaces.Hmac;

/**
 * TikTok Shop Partner API request signing (Tokopedia shops since the merger): the query parameters except
 * {@code sign} and {@code access_token}, sorted by key, as {@code {key}{value}}; prefixed with the path; the exact
 * body bytes appended unless the body is multipart; wrapped in the app secret on both sides; lowercase hex
 * HMAC-SHA256 keyed with the app secret.
 */
public final class TokopediaSigner {

    private TokopediaSigner() {
    }

    /** The string that is signed, for diagnostics and tests. */
    public static byte[] stringToSign(String appSecret, String path, Map<String, String> query, byte[] body) {
        StringBuilder text = new StringBuilder(appSecret).append(path);
        new TreeMap<>(query).forEach((key, value) -> {
            if (!"sign".equals(key) && !"access_token".equals(key)) {
                text.append(key).append(value);
            }
        });
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = appSecret.getBytes(StandardCharsets.UTF_8);
        return Hmac.concat(head, body == null ? new byte[0] : body, tail);
    }

    /**
     * @param body the exact JSON bytes sent, or {@code null} (or empty) for GET and multipart requests
     */
    public static String sign(String appSecret, String path, Map<String, String> query, byte[] body) {
        return Hmac.lowerHex(appSecret, stringToSign(appSecret, path, query, body));
    }

    /** The webhook {@code Authorization} header: lowercase hex HMAC-SHA256(app_secret, app_key + raw body). */
    public static String webhookSignature(String appKey, String appSecret, byte[] rawBody) {
        return Hmac.lowerHex(appSecret, Hmac.concat(appKey.getBytes(StandardCharsets.UTF_8), rawBody));
    }
}
