package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretBoxUnitTests {

    static final String KEY_1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String KEY_2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void sealsSoThatTheSecretIsNotReadableAndOpensItAgain() {
        var box = new SecretBox(new SecretSettings("k1", KEY_1, Map.of()));
        SealedSecret sealed = box.seal("tenun-demo-tts-secret", "grp-1:tokopedia");
        assertThat(sealed.ciphertext()).doesNotContain("tenun-demo");
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.toString()).doesNotContain(sealed.ciphertext());
        assertThat(box.open(sealed, "grp-1:tokopedia")).isEqualTo("tenun-demo-tts-secret");
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        var box = new SecretBox(new SecretSettings("k1", KEY_1, Map.of()));
        assertThat(box.seal("s", "o").ciphertext()).isNotEqualTo(box.seal("s", "o").ciphertext());
    }

    @Test
    void doesNotOpenASecretMovedToAnotherConnection() {
        var box = new SecretBox(new SecretSettings("k1", KEY_1, Map.of()));
        SealedSecret sealed = box.seal("secret", "grp-1:shopee");
        assertThatIllegalStateException().isThrownBy(() -> box.open(sealed, "grp-2:shopee"))
                .withMessageNotContaining("secret\"");
    }

    @Test
    void opensSecretsSealedWithAnOlderKeyAfterRotation() {
        SealedSecret old = new SecretBox(new SecretSettings("k1", KEY_1, Map.of())).seal("token", "g:lazada");
        var rotated = new SecretBox(new SecretSettings("k2", KEY_2, Map.of("k1", KEY_1)));
        assertThat(rotated.open(old, "g:lazada")).isEqualTo("token");
        assertThat(rotated.isStale(old)).isTrue();
        assertThat(rotated.seal("token", "g:lazada").keyId()).isEqualTo("k2");
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> new SecretBox(new SecretSettings("k", Base64.getEncoder().encodeToString(new byte[16]),
                                Map.of())))
                .withMessageContaining("32 bytes");
    }

}
