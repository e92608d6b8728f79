package id.tenun.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.RegisterUser;
import id.tenun.console.user.UserRegistration;
import id.tenun.console.user.Users;
import id.tenun.support.security.Role;

/**
 * One user of each role in the console, so that people can sign in to the local stack: an admin, programme staff,
 * a mentor of the two demo groups with shops, and a member of the Bajawa coffee group. Registered through the
 * console's own {@link UserRegistration} on the first start, with random passwords kept (only here, for local use)
 * in {@code keys/console-users.properties}; a restart registers nobody again and shows the same passwords.
 */
final class DemoUsers {

    /** How a demo user signs in, and with what. */
    record SignIn(String role, String identifier, String password) {
    }

    private static final String FILE = "console-users.properties";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationContext console;
    private final Path keysDir;

    DemoUsers(ApplicationContext console, Path keysDir) {
        this.console = console;
        this.keysDir = keysDir;
    }

    /**
     * Registers the users not registered yet; {@code memberGroup} and {@code mentorGroups} are the demo groups' ids
     * (no member or mentor without them). Returns how each signs in.
     */
    List<SignIn> open(Optional<String> memberGroup, List<String> mentorGroups) {
        Properties passwords = read();
        List<SignIn> signIns = new ArrayList<>();
        for (Demo user : users(memberGroup, mentorGroups)) {
            String password = passwords.getProperty(user.identifier());
            if (!registered(user)) {
                password = password == null ? newPassword() : password;
                console.getBean(UserRegistration.class).register(new RegisterUser(user.name(), user.phone(),
                        user.email(), password, user.role(), user.groupId(), user.mentorGroupIds()));
                passwords.setProperty(user.identifier(), password);
            }
            signIns.add(new SignIn(user.role().name(), user.identifier(),
                    password == null ? "(set before; " + FILE + " was removed)" : password));
        }
        write(passwords);
        return signIns;
    }

    /** A demo user, who signs in with {@code identifier}: an email address or a phone number. */
    private record Demo(String identifier, String name, Role role, String groupId, Set<String> mentorGroupIds) {

        EmailAddress email() {
            return identifier.contains("@") ? EmailAddress.parse(identifier) : null;
        }

        PhoneNumber phone() {
            return identifier.contains("@") ? null : PhoneNumber.parse(identifier);
        }
    }

    private static List<Demo> users(Optional<String> memberGroup, List<String> mentorGroups) {
        List<Demo> users = new ArrayList<>();
        users.add(new Demo("admin@tenun.local", "Admin Tenun", Role.ADMIN, null, Set.of()));
        users.add(new Demo("staf@tenun.local", "Staf Program OVOP NTT", Role.STAFF, null, Set.of()));
        if (!mentorGroups.isEmpty()) {
            users.add(new Demo("081200000003", "Pendamping Maria Goreti", Role.MENTOR, null, Set.copyOf(mentorGroups)));
        }
        memberGroup.ifPresent(group -> users.add(new Demo("081200000004", "Anggota BUMDes Kopi Bajawa",
                Role.GROUP_MEMBER, group, Set.of())));
        return users;
    }

    private boolean registered(Demo user) {
        Users users = console.getBean(Users.class);
        return user.email() != null ? users.byEmail(user.email()).isPresent() : users.byPhone(user.phone()).isPresent();
    }

    private static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private Properties read() {
        Properties passwords = new Properties();
        Path file = keysDir.resolve(FILE);
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                passwords.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return passwords;
    }

    private void write(Properties passwords) {
        Path file = keysDir.resolve(FILE);
        try (var out = Files.newBufferedWriter(file)) {
            passwords.store(out, "The local stack's demo users (local development only): sign-in -> password");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file stays readable as the folder allows
        }
    }
}
