package id.tenun.console.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.audit.Actor;
import id.tenun.console.paging.PageOf;
import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.RegisterUser;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.console.user.Users;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * One-time links to set a password, from start to end: staff invite mentors and group members and reset their
 * passwords, admins anyone's ({@link Stewardship}). A link is valid for {@link InvitationSettings#validFor()} and
 * works once: an invited person becomes a user with the password they chose; a reset replaces the user's password,
 * so the old one stops working. The link's token is handed out once and stored only as a hash; every link made, used
 * or revoked is in the account record.
 */
@Service
@EnableConfigurationProperties(InvitationSettings.class)
public class InvitationDesk {

    /** The most open invitations a group's list shows. */
    public static final int GROUP_OPEN_AT_MOST = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Invitations invitations;
    private final Users users;
    private final UserRegistration registration;
    private final PasswordEncoder passwords;
    private final AccountRecords records;
    private final InvitationSettings settings;
    private final Clock clock;

    InvitationDesk(Invitations invitations, Users users, UserRegistration registration, PasswordEncoder passwords,
            AccountRecords records, InvitationSettings settings, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.registration = registration;
        this.passwords = passwords;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new link: the link itself (shown once) and until when it works. */
    public record Invited(String link, Instant expiresAt) {

        /** Without the link. */
        @Override
        public String toString() {
            return "Invited[expiresAt=" + expiresAt + "]";
        }
    }

    /** What the link's page shows before the person sets a password: a reset or an invitation, to whom, as what. */
    public record Open(String name, Role role, boolean reset) {
    }

    public Invited invite(InviteUser command, Actor by) {
        if (!Stewardship.looksAfter(by.user(), command.role())) {
            throw new Forbidden("Staff invite mentors and group members; only admins invite staff and admins");
        }
        if (command.phone() != null && users.byPhone(new PhoneNumber(command.phone())).isPresent()
                || command.email() != null && users.byEmail(new EmailAddress(command.email())).isPresent()) {
            throw new Conflict("Nomor HP atau email ini sudah dipakai pengguna lain.",
                    "This phone number or email already belongs to a user.");
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Invited invited = issue(tokenHash -> new Invitation(id, InvitationKind.JOIN, tokenHash, command.name(),
                command.phone(), command.email(), command.role(), command.groupId(), command.mentorGroupIds(), null,
                by.id(), now, now.plus(settings.validFor()), null, null));
        records.change(Action.INVITED, by, null, "invitation " + id + " as " + command.role());
        return invited;
    }

    /** A link where an existing user sets a new password; staff for mentors and members, admins for anyone. */
    public Invited resetPassword(String userId, Actor by) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("User", userId));
        if (!Stewardship.looksAfter(by.user(), user.role())) {
            throw new Forbidden("Staff reset the passwords of mentors and group members; admins anyone's");
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Invited invited = issue(tokenHash -> new Invitation(id, InvitationKind.RESET, tokenHash, user.name(), null,
                null, user.role(), null, null, user.id(), by.id(), now, now.plus(settings.validFor()), null, null));
        records.change(Action.RESET_ISSUED, by, user.id(), "link " + id);
        return invited;
    }

    /** One page of every invitation and reset link, newest first, for staff and admins. */
    public PageOf<InvitationView> list(PageRequest page, CurrentUser by) {
        if (!Stewardship.isSteward(by)) {
            throw new Forbidden("Only staff and admins see invitations");
        }
        Instant now = clock.instant();
        return new PageOf<>(invitations.page(page).stream().map(invitation -> InvitationView.of(invitation, now))
                .toList(), page.page(), page.size(), invitations.count());
    }

    /**
     * The invitations of a group still open (to join as a member or as its mentor), soonest to expire first, at most
     * {@value #GROUP_OPEN_AT_MOST}; for staff and admins.
     */
    public List<InvitationView> openFor(String groupId, CurrentUser by) {
        if (!Stewardship.isSteward(by)) {
            throw new Forbidden("Only staff and admins see invitations");
        }
        Instant now = clock.instant();
        return invitations.openToJoin(groupId, now, GROUP_OPEN_AT_MOST).stream()
                .map(invitation -> InvitationView.of(invitation, now)).toList();
    }

    /** Closes an open link at once; 404 for no such link, 403 for a role the caller does not look after. */
    public void revoke(String id, Actor by) {
        Invitation invitation = invitations.byId(id).orElseThrow(() -> new NotFound("Invitation", id));
        if (!Stewardship.looksAfter(by.user(), invitation.role())) {
            throw new Forbidden("Staff revoke the links of mentors and group members; admins anyone's");
        }
        if (invitations.revoke(id, clock.instant())) {
            records.change(Action.LINK_REVOKED, by, invitation.userId(), "link " + id);
        } else if (invitation.revokedAt() == null) {
            throw new Conflict("Tautan ini sudah dipakai atau sudah kedaluwarsa.",
                    "This link has already been used or has expired.");
        }
    }

    /** The invitation behind a link, while it can still be used. */
    public Optional<Open> open(String token) {
        return usable(token).map(invitation -> new Open(invitation.name(), invitation.role(),
                invitation.kind() == InvitationKind.RESET));
    }

    /**
     * Uses the link: an invited person becomes a user with the password they chose; a reset gives the user the new
     * password in place of the old one. Empty when the link is unknown, used, revoked or expired; an
     * {@link IllegalArgumentException} for a password too short (the link stays usable).
     */
    public Optional<User> accept(String token, String password, String address) {
        Optional<Invitation> found = usable(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        if (invitation.kind() == InvitationKind.RESET) {
            return reset(invitation, password, address);
        }
        RegisterUser command = new RegisterUser(invitation.name(),
                invitation.phone() == null ? null : new PhoneNumber(invitation.phone()),
                invitation.email() == null ? null : new EmailAddress(invitation.email()), password, invitation.role(),
                invitation.groupId(), invitation.mentorGroupIds());
        if (!invitations.use(invitation.id(), clock.instant())) {
            return Optional.empty();
        }
        User user = registration.register(command);
        records.byThemselves(Action.JOINED, null, user.id(), address);
        return Optional.of(user);
    }

    private Optional<User> reset(Invitation invitation, String password, String address) {
        RegisterUser.checkPassword(password);
        if (!invitations.use(invitation.id(), clock.instant())
                || !users.setPasswordHash(invitation.userId(), passwords.encode(password), clock.instant())) {
            return Optional.empty();
        }
        records.byThemselves(Action.PASSWORD_RESET, null, invitation.userId(), address);
        return users.byId(invitation.userId());
    }

    private Optional<Invitation> usable(String token) {
        return invitations.byTokenHash(hash(token)).filter(invitation -> invitation.openAt(clock.instant()));
    }

    /** Stores the link under the hash of a new random token, and hands out the link with the token itself. */
    private Invited issue(Function<String, Invitation> withTokenHash) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = withTokenHash.apply(hash(token));
        invitations.add(invitation);
        return new Invited(settings.linkBase() + "/invitations/" + token, invitation.expiresAt());
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
