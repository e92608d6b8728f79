package id.tenun.console.user;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Turns a {@link RegisterUser} into a stored, active {@link User} with the password hashed. */
@Service
public class UserRegistration {

    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserRegistration(Users users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    public User register(RegisterUser command) {
        Instant now = clock.instant();
        return users.add(new User(UUID.randomUUID().toString(), command.name(),
                command.phone() == null ? null : command.phone().e164(),
                command.email() == null ? null : command.email().value(),
                passwords.encode(command.password()), command.role(), command.groupId(), command.mentorGroupIds(),
                true, now, now));
    }
}
