package id.tenun.console.signin;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sign-in event, kept for admins ({@code sign_in_records}): when, what happened, for which account as typed and
 * normalised, the user when known, and from which network address. Never a password.
 */
@Document("sign_in_records")
public record SignInRecord(@Id String id, Instant at, Outcome outcome, String account, String userId,
        String address) {

    /** What happened. */
    public enum Outcome {
        SIGNED_IN, FAILED, HELD, SIGNED_OUT
    }

    public SignInRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }
}
