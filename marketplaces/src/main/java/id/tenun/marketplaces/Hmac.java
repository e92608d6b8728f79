package id.tenun.marketplaces;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a secret's UTF-8 bytes as the key (never hex-decoded), and constant-time comparison. */
public final class Hmac {

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    public static byte[] sha256(String secret, byte[] message) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8), message);
    }

    public static String lowerHex(String secret, byte[] message) {
        return HexFormat.of().formatHex(sha256(secret, message));
    }

    public static String upperHex(String secret, byte[] message) {
        return HexFormat.of().withUpperCase().formatHex(sha256(secret, message));
    }

    /** Compares two signatures in time independent of where they differ; {@code null} never matches. */
    public static boolean constantTimeEquals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
