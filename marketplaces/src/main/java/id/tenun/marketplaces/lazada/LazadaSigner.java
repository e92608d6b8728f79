package id.tenun.marketplaces.lazada;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import id.tenun.marketplaces.Hmac;

/**
 * Lazada Open Platform signing: every parameter (system and business) except {@code sign} and empty values, sorted by
 * name, as {@code {key}{value}}, prefixed with the API path without {@code /rest}; UPPERCASE hex HMAC-SHA256 keyed
 * with the app secret.
 */
public final class LazadaSigner {

    private LazadaSigner() {
    }

    public static String stringToSign(String apiPath, Map<String, String> parameters) {
        StringBuilder text = new StringBuilder(apiPath);
        new TreeMap<>(parameters).forEach((key, value) -> {
            if (!"sign".equals(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        return text.toString();
    }

    public static String sign(String appSecret, String apiPath, Map<String, String> parameters) {
        return Hmac.upperHex(appSecret, stringToSign(apiPath, parameters).getBytes(StandardCharsets.UTF_8));
    }

    /** The push {@code Authorization}: lowercase hex HMAC-SHA256(app_secret, app_key + raw body). */
    public static String webhookSignature(String appKey, String appSecret, byte[] rawBody) {
        return Hmac.lowerHex(appSecret, Hmac.concat(appKey.getBytes(StandardCharsets.UTF_8), rawBody));
    }
}
