package id.tenun.marketplaces.shopee;

import java.nio.charset.StandardCharsets;

import id.tenun.marketplaces.Hmac;

/**
 * Shopee Open Platform v2 signing: lowercase hex HMAC-SHA256(partner_key, partner_id + api_path + timestamp +
 * access_token + shop_id); public (partner-level) APIs sign {@code partner_id + api_path + timestamp}. The body is not
 * signed.
 */
public final class ShopeeSigner {

    private ShopeeSigner() {
    }

    /** A shop-level API call. */
    public static String sign(String partnerKey, String partnerId, String apiPath, long timestamp, String accessToken,
            String shopId) {
        String base = partnerId + apiPath + timestamp + accessToken + shopId;
        return Hmac.lowerHex(partnerKey, base.getBytes(StandardCharsets.UTF_8));
    }

    /** A public (partner-level) API call, such as {@code /api/v2/auth/token/get} or {@code /api/v2/media_space/upload_image}. */
    public static String signPublic(String partnerKey, String partnerId, String apiPath, long timestamp) {
        return sign(partnerKey, partnerId, apiPath, timestamp, "", "");
    }

    /** The push {@code Authorization}: lowercase hex HMAC-SHA256(partner_key, callback URL + "|" + raw body). */
    public static String webhookSignature(String partnerKey, String callbackUrl, byte[] rawBody) {
        return Hmac.lowerHex(partnerKey,
                Hmac.concat((callbackUrl + "|").getBytes(StandardCharsets.UTF_8), rawBody));
    }
}
