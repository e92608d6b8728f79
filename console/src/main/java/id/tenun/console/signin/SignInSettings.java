package id.tenun.console.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before the console makes people wait ({@code tenun.console.sign-in.*}).
 *
 * @param failuresPerAccount failures for one phone number or email within {@code window} before it is held
 * @param failuresPerAddress failures from one network address within {@code window} before it is held
 * @param window how far back failures count; a hold ends when enough of them are older than this
 */
@ConfigurationProperties("tenun.console.sign-in")
record SignInSettings(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window) {

    SignInSettings {
        if (failuresPerAccount < 1 || failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Sign-in limits must be positive");
        }
    }
}
