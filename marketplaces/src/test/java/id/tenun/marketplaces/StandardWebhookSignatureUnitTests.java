package id.tenun.marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StandardWebhookSignatureUnitTests {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final String VECTOR = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void reproducesThePublishedVector() {
        assertThat(StandardWebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(VECTOR);
    }

    @Test
    void doesNotMatchWithATamperedBodyIdOrTimestamp() {
        assertThat(StandardWebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(VECTOR);
        assertThat(StandardWebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJel", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(VECTOR);
        assertThat(StandardWebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(VECTOR);
    }
}
