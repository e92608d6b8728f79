package id.tenun.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInAttemptsUnitTests {

    static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    MovableClock clock = new MovableClock();
    SignInAttempts attempts = new SignInAttempts(new SignInSettings(3, 5, Duration.ofMinutes(15)), clock);

    SignInName siti = SignInName.of("0812 3456 7890");

    @Test
    void holdsAnAccountAtItsLimitUntilTheOldestCountedFailureAgesOut() {
        fail(siti, "10.0.0.1");
        clock.pass(Duration.ofMinutes(2));
        fail(siti, "10.0.0.2");
        assertThat(attempts.heldUntil(siti, "10.0.0.3")).isEmpty();
        fail(siti, "10.0.0.3");
        assertThat(attempts.heldUntil(siti, "10.0.0.4")).contains(START.plus(Duration.ofMinutes(15)));
        clock.pass(Duration.ofMinutes(13));
        assertThat(attempts.heldUntil(siti, "10.0.0.4")).isEmpty();
    }

    @Test
    void countsEveryWayOfWritingOneNumberAsOneAccount() {
        fail(SignInName.of("+6281234567890"), "10.0.0.1");
        fail(SignInName.of("6281234567890"), "10.0.0.1");
        fail(SignInName.of("081234567890"), "10.0.0.1");
        assertThat(attempts.heldUntil(siti, "10.0.0.9")).isPresent();
        assertThat(SignInName.of(" Siti@DPMD.go.id ")).isEqualTo(SignInName.of("siti@dpmd.go.id"));
    }

    @Test
    void holdsAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            fail(SignInName.of("08123456780" + i), "10.0.0.7");
        }
        assertThat(attempts.heldUntil(SignInName.of("081299999999"), "10.0.0.7")).isPresent();
        assertThat(attempts.heldUntil(SignInName.of("081299999999"), "10.0.0.8")).isEmpty();
    }

    @Test
    void clearsTheAccountAfterASuccessButNotTheAddress() {
        fail(siti, "10.0.0.1");
        fail(siti, "10.0.0.1");
        attempts.succeeded(siti);
        fail(siti, "10.0.0.1");
        assertThat(attempts.heldUntil(siti, "10.0.0.2")).isEmpty();
        fail(SignInName.of("081200000001"), "10.0.0.1");
        fail(SignInName.of("081200000002"), "10.0.0.1");
        assertThat(attempts.heldUntil(SignInName.of("081200000003"), "10.0.0.1")).isPresent();
    }

    private void fail(SignInName account, String address) {
        attempts.failed(account, address);
    }

    static final class MovableClock extends Clock {

        private Instant now = START;

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
