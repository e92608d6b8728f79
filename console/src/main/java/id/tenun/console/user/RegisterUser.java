package id.tenun.console.user;

import java.util.Objects;
import java.util.Set;

import id.tenun.support.security.Role;

/**
 * Registers a user with a password they chose: the phone number and email as written (normalised here, at least
 * one), the role and its groups. The password is never kept beyond hashing it, and never printed.
 */
public record RegisterUser(String name, PhoneNumber phone, EmailAddress email, String password, Role role,
        String groupId, Set<String> mentorGroupIds) {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    public RegisterUser {
        Objects.requireNonNull(role, "role");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A user needs a phone number or an email address");
        }
        checkPassword(password);
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
    }

    /** Refuses a password shorter than {@value #MIN_PASSWORD_LENGTH} characters, without saying it. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "RegisterUser[role=" + role + ", groupId=" + groupId + ", mentorGroupIds=" + mentorGroupIds + "]";
    }
}
