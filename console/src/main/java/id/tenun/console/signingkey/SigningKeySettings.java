package id.tenun.console.signingkey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console's signing keys age ({@code tenun.console.signing-keys.*}).
 *
 * @param rotateAfter age at which the signing key is replaced by a new one
 * @param retainAfterRotation how long a replaced key stays published: at least the longest access token's life
 * @param checkEvery how often the age is checked
 * @param sealingKey base64 of 32 random bytes that seal the private keys in MongoDB (AES-256-GCM); without it they are
 *        stored unsealed (local stack, tests)
 */
@ConfigurationProperties("tenun.console.signing-keys")
record SigningKeySettings(@DefaultValue("90d") Duration rotateAfter, @DefaultValue("1h") Duration retainAfterRotation,
        @DefaultValue("1h") Duration checkEvery, String sealingKey) {

    /** Never the sealing key. */
    @Override
    public String toString() {
        return "SigningKeySettings[rotateAfter=" + rotateAfter + ", retainAfterRotation=" + retainAfterRotation
                + ", checkEvery=" + checkEvery + ", sealed=" + (sealingKey != null && !sealingKey.isBlank()) + "]";
    }
}
