package id.tenun.listing.connection;

/**
 * A secret as stored: AES-GCM ciphertext (with its tag) and nonce, base64, and the id of the key that sealed it.
 * Never opened outside {@link SecretBox}.
 */
public record SealedSecret(String keyId, String nonce, String ciphertext) {

    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + "]";
    }

}
