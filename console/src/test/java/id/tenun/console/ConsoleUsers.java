package id.tenun.console;

import java.util.Set;
import java.util.UUID;

import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.RegisterUser;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;

/** Registers users of every role for a test, each with a phone number and email of their own. */
public final class ConsoleUsers {

    public static final String PASSWORD = "kain-ikat-2026";

    private final UserRegistration registration;

    public ConsoleUsers(UserRegistration registration) {
        this.registration = registration;
    }

    public User with(Role role, String groupId, Set<String> mentorGroupIds) {
        PhoneNumber phone = newPhone();
        return registration.register(new RegisterUser("Pengguna " + role, phone,
                EmailAddress.parse("u" + phone.e164().substring(1) + "@tenun.test"), PASSWORD, role, groupId,
                mentorGroupIds));
    }

    /** A mobile number that no other test uses (random, {@code +62812} and eight digits). */
    public static PhoneNumber newPhone() {
        String unique = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        return new PhoneNumber("+62812" + "0".repeat(8 - unique.length()) + unique);
    }
}
