package id.tenun.console.signin;

import java.util.Locale;
import java.util.Optional;

import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;

/**
 * What a person types to sign in: an email address (it has an {@code @}) or a phone number in any Indonesian form.
 * {@link #key()} is the same for every way of writing one account, so that failures count per account.
 */
record SignInName(String key) {

    static SignInName of(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return new SignInName(
                    text.contains("@") ? EmailAddress.parse(text).value() : PhoneNumber.parse(text).e164());
        } catch (IllegalArgumentException unreadable) {
            return new SignInName(text.toLowerCase(Locale.ROOT));
        }
    }

    /** The user this name belongs to, if any. */
    Optional<User> user(Users users) {
        if (key.contains("@")) {
            return users.byEmail(new EmailAddress(key));
        }
        return key.startsWith("+") ? users.byPhone(new PhoneNumber(key)) : Optional.empty();
    }
}
