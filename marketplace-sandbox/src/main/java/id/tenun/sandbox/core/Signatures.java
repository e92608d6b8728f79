package id.tenun.sandbox.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The sandbox's own HMAC code (deliberately not the adapters'), so that a signing bug is not mirrored. */
public final class Signatures {

    private Signatures() {
    }

    public static byte[] hmacSha256(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String lowerHex(String secret, byte[] message) {
        return HexFormat.of().formatHex(hmacSha256(secret, message));
    }

    public static String upperHex(String secret, byte[] message) {
        return HexFormat.of().withUpperCase().formatHex(hmacSha256(secret, message));
    }

    public static String lowerHex(String secret, String message) {
        return lowerHex(secret, message.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in constant time; an empty or missing expected value (a shop with no configured token) never matches. */
    public static boolean matches(String expected, String actual) {
        return expected != null && !expected.isEmpty() && actual != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        actual.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] join(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
