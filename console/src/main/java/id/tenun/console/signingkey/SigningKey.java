package id.tenun.console.signingkey;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One RSA key pair that signs the console's tokens (RS256), stored in {@code signing_keys}: the public key as X.509
 * in base64, the private key as PKCS#8 sealed by {@link KeySeal}. The newest key that is not retired signs; a retired
 * key stays published until the tokens it signed have expired. Its text never shows the private key.
 */
@Document("signing_keys")
record SigningKey(@Id String kid, String publicKey, String privateKey, Instant createdAt, Instant retiredAt) {

    private static final int BITS = 2048;

    SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A fresh key pair, active from {@code now}, its private part sealed. */
    static SigningKey generate(Instant now, KeySeal seal) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        String kid = UUID.randomUUID().toString();
        return new SigningKey(kid, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                seal.seal(kid, pair.getPrivate().getEncoded()), now, null);
    }

    boolean retired() {
        return retiredAt != null;
    }

    /**
     * The key pair as a JWK. Only the kid in a token's header chooses the key that signs; the JWKS endpoint publishes
     * the public part alone.
     */
    RSAKey jwk(KeySeal seal) {
        return new RSAKey.Builder(rsaPublicKey()).privateKey(rsaPrivateKey(seal)).keyID(kid).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(createdAt)).build();
    }

    private RSAPublicKey rsaPublicKey() {
        return (RSAPublicKey) decode(() -> rsa().generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
    }

    private RSAPrivateKey rsaPrivateKey(KeySeal seal) {
        return (RSAPrivateKey) decode(() -> rsa().generatePrivate(new PKCS8EncodedKeySpec(seal.open(kid, privateKey))));
    }

    private static KeyFactory rsa() throws NoSuchAlgorithmException {
        return KeyFactory.getInstance("RSA");
    }

    private <T> T decode(KeyDecoding<T> decoding) {
        try {
            return decoding.decode();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Signing key " + kid + " cannot be read", e);
        }
    }

    private interface KeyDecoding<T> {
        T decode() throws NoSuchAlgorithmException, InvalidKeySpecException;
    }

    /** Without the key material. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
