package id.tenun.console.invitation;

/** What a one-time link is for. */
public enum InvitationKind {
    /** A person becomes a user. */
    JOIN,
    /** An existing user sets a new password in place of the old one. */
    RESET
}
