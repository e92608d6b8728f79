package id.tenun.console.signin;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/** Where the sign-in page finds until when this browser's sign-ins are held back ({@link SignInThrottle}). */
public final class SignInHold {

    private static final String ATTRIBUTE = SignInHold.class.getName();

    private SignInHold() {
    }

    static void record(HttpSession session, Instant until) {
        session.setAttribute(ATTRIBUTE, until);
    }

    public static Optional<Instant> until(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(Instant.class::cast);
    }
}
