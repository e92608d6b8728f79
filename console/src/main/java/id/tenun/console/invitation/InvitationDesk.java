package id.tenun.console.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.RegisterUser;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.console.user.Users;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Invitations from start to end: staff invite mentors and group members, admins anyone (so admins make staff); the
 * link is valid for {@link InvitationSettings#validFor()} and works once, when the person sets their own password.
 * The link's token is handed out once and stored only as a hash.
 */
@Service
@EnableConfigurationProperties(InvitationSettings.class)
public class InvitationDesk {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Invitations invitations;
    private final Users users;
    private final UserRegistration registration;
    private final InvitationSettings settings;
    private final Clock clock;

    InvitationDesk(Invitations invitations, Users users, UserRegistration registration, InvitationSettings settings,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.registration = registration;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new invitation: its link (shown once) and until when it works. */
    public record Invited(String link, Instant expiresAt) {

        /** Without the link. */
        @Override
        public String toString() {
            return "Invited[expiresAt=" + expiresAt + "]";
        }
    }

    /** What the invitation page shows before the person sets a password. */
    public record Open(String name, Role role) {
    }

    public Invited invite(InviteUser command, CurrentUser by) {
        boolean allowed = by.has(Role.ADMIN)
                || by.has(Role.STAFF) && (command.role() == Role.MENTOR || command.role() == Role.GROUP_MEMBER);
        if (!allowed) {
            throw new Forbidden("Staff invite mentors and group members; only admins invite staff and admins");
        }
        if (command.phone() != null && users.byPhone(new PhoneNumber(command.phone())).isPresent()
                || command.email() != null && users.byEmail(new EmailAddress(command.email())).isPresent()) {
            throw new Conflict("Nomor HP atau email ini sudah dipakai pengguna lain.",
                    "This phone number or email already belongs to a user.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.validFor());
        invitations.add(new Invitation(UUID.randomUUID().toString(), hash(token), command.name(), command.phone(),
                command.email(), command.role(), command.groupId(), command.mentorGroupIds(), by.subject(), now,
                expiresAt, null));
        return new Invited(settings.linkBase() + "/invitations/" + token, expiresAt);
    }

    /** The invitation behind a link, while it can still be used. */
    public Optional<Open> open(String token) {
        return invitations.byTokenHash(hash(token)).filter(invitation -> invitation.openAt(clock.instant()))
                .map(invitation -> new Open(invitation.name(), invitation.role()));
    }

    /**
     * Uses the invitation: the person becomes a user with the password they chose. Empty when the link is unknown,
     * used or expired; an {@link IllegalArgumentException} for a password too short (the link stays usable).
     */
    public Optional<User> accept(String token, String password) {
        Optional<Invitation> found = invitations.byTokenHash(hash(token))
                .filter(invitation -> invitation.openAt(clock.instant()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        RegisterUser command = new RegisterUser(invitation.name(),
                invitation.phone() == null ? null : new PhoneNumber(invitation.phone()),
                invitation.email() == null ? null : new EmailAddress(invitation.email()), password, invitation.role(),
                invitation.groupId(), invitation.mentorGroupIds());
        if (!invitations.use(invitation.id(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(registration.register(command));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
