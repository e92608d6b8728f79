package id.tenun.console.signingkey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the private part of a signing key before it is stored: AES-256-GCM under the sealing key from the
 * environment, bound to the key's kid, stored as {@code v1:} and base64 of nonce and ciphertext. Without a sealing
 * key, private keys are stored as they are (base64 PKCS#8), as the local stack and the tests do.
 */
final class KeySeal {

    private static final String SEALED = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private KeySeal(SecretKeySpec key) {
        this.key = key;
    }

    /** A seal under the base64 of 32 random bytes; none (store as is) when blank. */
    static KeySeal of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new KeySeal(null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The sealing key must be base64 of 32 random bytes");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("The sealing key must be base64 of 32 random bytes");
        }
        return new KeySeal(new SecretKeySpec(bytes, "AES"));
    }

    boolean seals() {
        return key != null;
    }

    String seal(String kid, byte[] privateKey) {
        if (key == null) {
            return Base64.getEncoder().encodeToString(privateKey);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, kid, nonce, privateKey);
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return SEALED + Base64.getEncoder().encodeToString(stored);
    }

    byte[] open(String kid, String stored) {
        if (!stored.startsWith(SEALED)) {
            return Base64.getDecoder().decode(stored);
        }
        if (key == null) {
            throw new IllegalStateException("Signing key " + kid + " is sealed and no sealing key is configured");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
        byte[] sealed = new byte[bytes.length - NONCE_BYTES];
        System.arraycopy(bytes, NONCE_BYTES, sealed, 0, sealed.length);
        return crypt(Cipher.DECRYPT_MODE, kid, nonce, sealed);
    }

    private byte[] crypt(int mode, String kid, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " cannot be sealed or opened with this sealing key",
                    e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return key == null ? "KeySeal[none]" : "KeySeal[AES-256-GCM]";
    }
}
