package id.tenun.listing.connection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens secrets with AES-256-GCM under a key ring: new secrets are sealed with the current key; older
 * ones open with the key whose id they carry. The associated data binds a ciphertext to its owner (the connection
 * id), so a sealed secret copied to another connection does not open.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    public SecretBox(SecretSettings settings) {
        if (settings.keyId() == null || settings.keyId().isBlank()) {
            throw new IllegalStateException("tenun.listing.secrets.key-id must be set (TENUN_LISTING_SECRET_KEY_ID)");
        }
        this.currentKeyId = settings.keyId();
        keys.put(currentKeyId, key(settings.key(), currentKeyId));
        settings.previousKeys().forEach((id, key) -> keys.putIfAbsent(id, key(key, id)));
    }

    private static SecretKey key(String base64, String id) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("The secret key '" + id + "' is empty (TENUN_LISTING_SECRET_KEY)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key '" + id + "' is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "The secret key '" + id + "' must be 32 bytes (AES-256), was " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public SealedSecret seal(String plaintext, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(currentKeyId, Base64.getEncoder().encodeToString(nonce),
                    Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret: " + e.getClass().getSimpleName());
        }
    }

    public String open(SealedSecret secret, String owner) {
        SecretKey key = keys.get(secret.keyId());
        if (key == null) {
            throw new IllegalStateException("No key '" + secret.keyId() + "' to open a sealed secret of " + owner);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(secret.nonce())));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(secret.ciphertext())), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret of " + owner + " does not open with key '"
                    + secret.keyId() + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether a secret was sealed with an older key and should be re-sealed. */
    public boolean isStale(SealedSecret secret) {
        return !currentKeyId.equals(secret.keyId());
    }

}
