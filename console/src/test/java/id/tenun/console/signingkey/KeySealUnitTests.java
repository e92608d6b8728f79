package id.tenun.console.signingkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class KeySealUnitTests {

    static final String SEALING_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final byte[] PRIVATE = "pkcs8-bytes".getBytes(StandardCharsets.UTF_8);

    KeySeal seal = KeySeal.of(SEALING_KEY);

    @Test
    void sealsAPrivateKeySoThatOnlyTheSameSealingKeyAndKidOpenIt() {
        String stored = seal.seal("kid-1", PRIVATE);
        assertThat(stored).startsWith("v1:").doesNotContain(Base64.getEncoder().encodeToString(PRIVATE));
        assertThat(seal.open("kid-1", stored)).isEqualTo(PRIVATE);
        assertThatThrownBy(() -> seal.open("kid-2", stored)).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> KeySeal.of(Base64.getEncoder().encodeToString(other)).open("kid-1", stored))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeySeal.of(null).open("kid-1", stored))
                .hasMessageContaining("no sealing key is configured");
    }

    @Test
    void storesAndOpensUnsealedKeysWithoutASealingKey() {
        KeySeal none = KeySeal.of(" ");
        String stored = none.seal("kid-1", PRIVATE);
        assertThat(none.open("kid-1", stored)).isEqualTo(PRIVATE);
        assertThat(seal.open("kid-1", stored)).as("a key stored before sealing").isEqualTo(PRIVATE);
    }

    @Test
    void refusesASealingKeyThatIsNot32Bytes() {
        assertThatThrownBy(() -> KeySeal.of(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> KeySeal.of("not base64!")).hasMessageContaining("32 random bytes");
    }
}
