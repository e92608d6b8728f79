package id.tenun.marketplaces;

import java.util.Map;

/** Case-insensitive header lookup for webhook verification. */
public final class WebhookHeaders {

    private WebhookHeaders() {
    }

    public static String find(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** True for exactly 64 lowercase or uppercase hex digits, the shape of a hex HMAC-SHA256. */
    public static boolean isHexSha256(String value) {
        return value != null && value.matches("[0-9a-fA-F]{64}");
    }
}
