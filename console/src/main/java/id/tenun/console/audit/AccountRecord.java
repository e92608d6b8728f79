package id.tenun.console.audit;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing that happened to an account, kept for admins ({@code account_records}): when, what, who did it
 * ({@code actorId}; the person themselves for a sign-in), to which user, the account as typed at sign-in, from which
 * network address, and a short detail (a role, groups, an invitation id). Never a password, a hash or a link token.
 */
@Document("account_records")
public record AccountRecord(@Id String id, Instant at, Action action, String actorId, String userId,
        String account, String address, String detail) {

    /** What happened. */
    public enum Action {
        /** Signed in with the form. */
        SIGNED_IN,
        /** A wrong phone number/email or password. */
        FAILED,
        /** Refused at once: too many failures for the account or the address. */
        HELD,
        /** The right password for a disabled account. */
        REFUSED_DISABLED, SIGNED_OUT,
        /** A disabled account's open session was ended. */
        SESSION_ENDED,
        /** An invitation link was made (detail: invitation id and role). */
        INVITED,
        /** An open invitation or reset link was revoked. */
        LINK_REVOKED,
        /** An invited person set their password and became a user. */
        JOINED,
        /** A password reset link was made for a user. */
        RESET_ISSUED,
        /** A user set a new password through a reset link. */
        PASSWORD_RESET, DISABLED, ENABLED,
        /** The role or groups changed (detail: before and after). */
        ACCESS_CHANGED,
        /** An admin registered a script client (detail: its client id and what it is for). */
        SCRIPT_CLIENT_REGISTERED,
        /** An admin revoked a script client (detail: its client id and what it is for). */
        SCRIPT_CLIENT_REVOKED
    }

    public AccountRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
