package id.tenun.listing.connection;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals shop credentials at rest ({@code tenun.listing.secrets.*}): AES-256-GCM, base64, from the
 * environment ({@code TENUN_LISTING_SECRET_KEY}, id {@code TENUN_LISTING_SECRET_KEY_ID}). Keys retired by a rotation
 * stay in {@code previousKeys} (id → base64 key) until every connection has been re-sealed with the current one.
 *
 * @param keyId the id of the current key, stored beside every sealed secret
 * @param key the current key, base64 of 32 bytes
 * @param previousKeys older keys that can still open secrets sealed with them
 */
@ConfigurationProperties("tenun.listing.secrets")
public record SecretSettings(String keyId, String key, Map<String, String> previousKeys) {

    public SecretSettings {
        previousKeys = previousKeys == null ? Map.of() : Map.copyOf(previousKeys);
    }

}
